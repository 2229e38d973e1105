#pragma once

#include "app/services/captioning/CaptionAnswer.h"
#include "app/services/captioning/CaptioningSettings.h"
#include "app/services/captioning/Keyframes.h"
#include "core/types/Error.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace foley::app::captioning {

// Talks to an OpenAI-compatible server: one request at a time, asynchronous (the caller's thread only waits in its
// event loop). Each request ends with exactly one signal: its result, or failed() with one line saying what went
// wrong (code Cancelled after cancel()). Redirects to another host are refused; same-host ones are followed.
class CaptionClient : public QObject {
    Q_OBJECT
public:
    explicit CaptionClient(QObject* parent = nullptr);
    ~CaptionClient() override;

    // POST {base}/chat/completions with the keyframes; stages: "sending N keyframes", "waiting for the model".
    void requestCaption(const CaptioningSettings& settings, const QList<Keyframe>& keyframes);
    // GET {base}/models (Test connection): the ids the server offers.
    void listModels(const CaptioningSettings& settings);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }

signals:
    void stageChanged(const QString& stage);
    void captionAnswered(const foley::app::captioning::CaptionAnswer& answer);
    void modelsListed(const QStringList& models);
    void failed(const foley::Error& error);

private:
    using BodyHandler = std::function<void(const QByteArray& body)>;
    void start(QNetworkReply* reply, int timeoutSeconds, BodyHandler onBody);
    void onRedirected(const QUrl& target);
    void onUploadProgress(qint64 sentBytes, qint64 totalBytes);
    void onFinished();
    Error failure(QNetworkReply* reply, const QByteArray& body) const;
    QNetworkRequest jsonRequest(const CaptioningSettings& settings, const QString& path) const;

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    BodyHandler m_onBody;
    int m_timeoutSeconds = 0;
    bool m_cancelled = false;
    bool m_timedOut = false;
    bool m_waitingAnnounced = false;
    QString m_refusedRedirect;  // the other host a redirect pointed to
};

}  // namespace foley::app::captioning
