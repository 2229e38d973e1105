#include "app/services/captioning/CaptionClient.h"

#include "app/services/captioning/CaptionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace foley::app::captioning {

namespace {

Error unreachable(const QString& message)
{
    return makeError(ErrorCode::RemoteUnreachable, message.toStdString());
}

QString hostAndPort(const QUrl& url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Result<QStringList> modelIds(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject() || !document.object().value(QStringLiteral("data")).isArray())
        return makeError(ErrorCode::RemoteBadAnswer, "the server's answer is not a list of models");
    QStringList ids;
    for (const QJsonValue& model : document.object().value(QStringLiteral("data")).toArray())
        ids << model.toObject().value(QStringLiteral("id")).toString();
    ids.removeAll(QString());
    return ids;
}

}  // namespace

CaptionClient::CaptionClient(QObject* parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply) m_reply->abort();
    });
}

CaptionClient::~CaptionClient()
{
    // Destroying the client mid-request must not call back into a half-destroyed object.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QNetworkRequest CaptionClient::jsonRequest(const CaptioningSettings& settings, const QString& path) const
{
    QNetworkRequest request(settings.endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    // Every redirect is checked by onRedirected: a server must not send the keyframes (or the key) elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    if (!settings.apiKey.isEmpty()) request.setRawHeader("Authorization", "Bearer " + settings.apiKey.toUtf8());
    return request;
}

void CaptionClient::requestCaption(const CaptioningSettings& settings, const QList<Keyframe>& keyframes)
{
    const QByteArray body = captionRequestBody(settings.model, keyframes);
    emit stageChanged(keyframes.size() == 1 ? tr("sending 1 keyframe")
                                            : tr("sending %1 keyframes").arg(keyframes.size()));
    start(m_network.post(jsonRequest(settings, QStringLiteral("chat/completions")), body), settings.timeoutSeconds,
          [this](const QByteArray& answer) {
              auto caption = parseChatCompletion(answer);
              if (caption) emit captionAnswered(*caption);
              else emit failed(caption.error());
          });
}

void CaptionClient::listModels(const CaptioningSettings& settings)
{
    start(m_network.get(jsonRequest(settings, QStringLiteral("models"))), settings.timeoutSeconds,
          [this](const QByteArray& answer) {
              auto ids = modelIds(answer);
              if (ids) emit modelsListed(*ids);
              else emit failed(ids.error());
          });
}

void CaptionClient::cancel()
{
    if (!m_reply) return;
    m_cancelled = true;
    m_reply->abort();
}

void CaptionClient::start(QNetworkReply* reply, int timeoutSeconds, BodyHandler onBody)
{
    cancel();  // one request at a time: a new one supersedes the old
    m_reply = reply;
    m_onBody = std::move(onBody);
    m_timeoutSeconds = timeoutSeconds;
    m_cancelled = m_timedOut = m_waitingAnnounced = false;
    m_refusedRedirect.clear();
    connect(reply, &QNetworkReply::redirected, this, &CaptionClient::onRedirected);
    connect(reply, &QNetworkReply::uploadProgress, this, &CaptionClient::onUploadProgress);
    connect(reply, &QNetworkReply::finished, this, &CaptionClient::onFinished);
    m_timeout.start(timeoutSeconds * 1000);
}

void CaptionClient::onRedirected(const QUrl& target)
{
    auto* reply = qobject_cast<QNetworkReply*>(sender());
    if (!reply || reply != m_reply) return;
    const QUrl from = reply->request().url();
    if (target.host() == from.host() && target.port() == from.port() && target.scheme() == from.scheme()) {
        emit reply->redirectAllowed();
        return;
    }
    m_refusedRedirect = hostAndPort(target);
    reply->abort();
}

void CaptionClient::onUploadProgress(qint64 sentBytes, qint64 totalBytes)
{
    if (m_waitingAnnounced || totalBytes <= 0 || sentBytes < totalBytes) return;
    m_waitingAnnounced = true;
    emit stageChanged(tr("waiting for the model"));
}

Error CaptionClient::failure(QNetworkReply* reply, const QByteArray& body) const
{
    const QUrl url = reply->request().url();
    if (m_cancelled) return makeError(ErrorCode::Cancelled, "cancelled");
    if (m_timedOut)
        return unreachable(QStringLiteral("no answer from %1 within %2 s (timeout)").arg(hostAndPort(url)).arg(m_timeoutSeconds));
    if (!m_refusedRedirect.isEmpty())
        return unreachable(QStringLiteral("the server redirected to another host (%1); refused").arg(m_refusedRedirect));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        QString message = serverErrorMessage(body);
        if (message.isEmpty()) message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return unreachable(QStringLiteral("%1: %2").arg(status).arg(message));
    }
    if (reply->error() == QNetworkReply::ConnectionRefusedError)
        return unreachable(QStringLiteral("cannot connect to %1: connection refused (is the server running?)").arg(hostAndPort(url)));
    return unreachable(QStringLiteral("cannot reach %1: %2").arg(hostAndPort(url), reply->errorString()));
}

void CaptionClient::onFinished()
{
    auto* reply = qobject_cast<QNetworkReply*>(sender());
    if (!reply) return;
    reply->deleteLater();
    if (reply != m_reply) return;  // a superseded request
    m_timeout.stop();
    m_reply.clear();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();  // an aborted reply is closed
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool ok = reply->error() == QNetworkReply::NoError && status < 300 && !m_cancelled && !m_timedOut
                    && m_refusedRedirect.isEmpty();
    BodyHandler onBody = std::move(m_onBody);
    if (ok) onBody(body);
    else emit failed(failure(reply, body));
}

}  // namespace foley::app::captioning
