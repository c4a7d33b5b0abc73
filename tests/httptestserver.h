// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small HTTP/1.1 server for tests, on 127.0.0.1 only, in a thread of its own so that a test
// may fetch from it with a blocking call. Each path answers with a Response set by the test
// (status, headers, body; slowly, chunk by chunk, or broken off), and every request is logged,
// so a test can check what was and was not asked for. Nothing here reaches beyond loopback.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace lector::test {

class HttpTestServer : public QThread
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                       ///< with the query
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
    };

    struct Response
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 fillBytes = 0;  ///< a body of this many 'x' bytes, made as it is sent
        int chunkDelayMs = 0;  ///< send the body in chunks with this pause between them
        int chunkBytes = 1024; ///< the chunk size when chunkDelayMs is set
        bool breakOff = false; ///< close the connection half-way through the body
        bool noLength = false; ///< send no Content-Length (the body ends with the connection)
    };

    using Handler = std::function<Response(const Request &)>;

    HttpTestServer()
    {
        start();
        m_ready.acquire();
    }
    ~HttpTestServer() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    void route(const QByteArray &path, Handler handler)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, std::move(handler));
    }
    void serve(const QByteArray &path, const Response &response)
    {
        route(path, [response](const Request &) { return response; });
    }
    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    QList<QByteArray> requestedPaths() const
    {
        QList<QByteArray> paths;
        for (const Request &r : requests())
            paths.append(r.path);
        return paths;
    }
    void clearLog()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 304:
            return "Not Modified";
        case 404:
            return "Not Found";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                accept(socket);
        });
        m_ready.release();
        exec();
    }

private:
    struct Connection
    {
        QByteArray input;
        bool answered = false;
        Response response;
        qint64 sent = 0;
        qint64 total = 0;
    };

    void accept(QTcpSocket *socket)
    {
        auto state = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
            state->input += socket->readAll();
            if (!state->answered && state->input.startsWith('\x16')) {
                // A TLS handshake: this server speaks plain HTTP only.
                state->answered = true;
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            if (state->answered || !state->input.contains("\r\n\r\n"))
                return;
            state->answered = true;
            answer(socket, state);
        });
    }

    Request parse(const QByteArray &input) const
    {
        Request request;
        const QList<QByteArray> lines = input.left(input.indexOf("\r\n\r\n")).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        return request;
    }

    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        const Request request = parse(state->input);
        Handler handler;
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
            const QByteArray path = request.path.left(request.path.indexOf('?'));
            handler = m_routes.value(request.path, m_routes.value(path));
        }
        Response response;
        if (handler) {
            response = handler(request);
        } else {
            response.status = 404;
            response.headers = {{"Content-Type", "text/html"}};
            response.body = "<html><body>not here</body></html>";
        }
        state->response = response;
        state->total = response.fillBytes > 0 ? response.fillBytes : response.body.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          reasonFor(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (!response.noLength && response.status != 304)
            head += "Content-Length: " + QByteArray::number(state->total) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (response.status == 304 || state->total == 0) {
            socket->disconnectFromHost();
            return;
        }
        if (response.chunkDelayMs > 0) {
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, state, timer] {
                if (!sendSome(socket, *state, state->response.chunkBytes))
                    timer->stop();
            });
            timer->start(response.chunkDelayMs);
            return;
        }
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, state] {
            if (socket->bytesToWrite() < 256 * 1024)
                sendSome(socket, *state, 256 * 1024);
        });
        sendSome(socket, *state, 256 * 1024);
    }

    // Sends up to `bytes` more of the body; false when done (or broken off).
    static bool sendSome(QTcpSocket *socket, Connection &c, qint64 bytes)
    {
        if (c.sent >= c.total)
            return false;
        const qint64 limit = c.response.breakOff ? c.total / 2 : c.total;
        const qint64 n = qMin(bytes, limit - c.sent);
        if (n > 0) {
            socket->write(c.response.fillBytes > 0 ? QByteArray(n, 'x')
                                                   : c.response.body.mid(c.sent, n));
            c.sent += n;
        }
        if (c.sent >= limit) {
            c.sent = c.total;
            if (c.response.breakOff)
                socket->abort();
            else
                socket->disconnectFromHost();
            return false;
        }
        return true;
    }

    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QList<Request> m_requests;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace lector::test
