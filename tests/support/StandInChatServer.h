#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QThread>

class QTcpServer;

namespace foley::test {

// What the stand-in server answers to every request until told otherwise.
struct StandInReply {
    int status = 200;
    QByteArray reason = "OK";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;  // besides Content-Length and Connection: close
    bool silent = false;                           // never answer (a model that takes forever)

    static StandInReply json(const QByteArray& body, int status = 200, const QByteArray& reason = "OK");
    // A chat-completions response whose choices[0].message.content is `content` (llama-server's and Ollama's shape).
    static StandInReply chat(const QString& content);
};

// A request as it arrived.
struct StandInRequest {
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers;  // names lower-case
    QByteArray body;
};

// An OpenAI-compatible server stand-in for tests only: HTTP/1.1 on 127.0.0.1 (nothing leaves the loopback
// interface), one request per connection. It runs on its own thread, so a test may block (waiting for a CLI
// process) while it answers.
class StandInChatServer {
public:
    StandInChatServer();
    ~StandInChatServer();
    StandInChatServer(const StandInChatServer&) = delete;
    StandInChatServer& operator=(const StandInChatServer&) = delete;

    quint16 port() const { return m_port; }
    QString baseUrl() const;  // http://127.0.0.1:PORT/v1
    void setReply(const StandInReply& reply);
    QList<StandInRequest> requests() const;
    void clearRequests();

    // A loopback port nothing listens on (bound, then closed): connecting to it is refused.
    static quint16 closedPort();

private:
    friend class StandInConnection;
    StandInReply reply() const;
    void record(const StandInRequest& request);

    QThread m_thread;
    QObject* m_worker = nullptr;     // lives on m_thread: where the server's work is queued
    QTcpServer* m_server = nullptr;  // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    StandInReply m_reply;
    QList<StandInRequest> m_requests;
};

}  // namespace foley::test

Q_DECLARE_METATYPE(foley::test::StandInReply)
