#include "tests/support/StandInChatServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace foley::test {

// Reads one request from a socket (headers, then Content-Length bytes of body) and answers it.
class StandInConnection : public QObject {
public:
    StandInConnection(QTcpSocket* socket, StandInChatServer* owner) : QObject(socket), m_socket(socket), m_owner(owner)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || m_answered) return;
        StandInRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length) return;
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_answered = true;
        m_owner->record(request);
        answer(m_owner->reply());
    }

    void answer(const StandInReply& reply)
    {
        if (reply.silent) return;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
        for (const auto& header : reply.headers) response += header.first + ": " + header.second + "\r\n";
        response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
        response += reply.body;
        m_socket->write(response);
        m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    StandInChatServer* m_owner;
    QByteArray m_buffer;
    bool m_answered = false;
};

StandInReply StandInReply::json(const QByteArray& body, int status, const QByteArray& reason)
{
    StandInReply reply;
    reply.status = status;
    reply.reason = reason;
    reply.body = body;
    reply.headers = {{"Content-Type", "application/json"}};
    return reply;
}

StandInReply StandInReply::chat(const QString& content)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), content}};
    const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("message"), message},
                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
    const QJsonObject body{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion")},
                           {QStringLiteral("model"), QStringLiteral("stand-in")},
                           {QStringLiteral("choices"), QJsonArray{choice}}};
    return json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

StandInChatServer::StandInChatServer()
{
    m_thread.start();
    // The listening socket must belong to the server's thread: it is made and bound there, and this waits for it.
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_worker, [this] {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) new StandInConnection(socket, this);
        });
    }, Qt::BlockingQueuedConnection);
}

StandInChatServer::~StandInChatServer()
{
    QMetaObject::invokeMethod(m_worker, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;  // its thread has ended
}

QString StandInChatServer::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }

void StandInChatServer::setReply(const StandInReply& reply)
{
    QMutexLocker lock(&m_mutex);
    m_reply = reply;
}

StandInReply StandInChatServer::reply() const
{
    QMutexLocker lock(&m_mutex);
    return m_reply;
}

void StandInChatServer::record(const StandInRequest& request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
}

QList<StandInRequest> StandInChatServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void StandInChatServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

quint16 StandInChatServer::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

}  // namespace foley::test
