// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throw-away PostgreSQL server for the library tests: initdb into a temporary folder, run as
// an unprivileged user (`nobody` when the tests run as root), listening on a free port of
// 127.0.0.1 only (and a socket in that folder), password authentication over TCP with the
// password in a PGPASSFILE the test writes, stopped and removed by stop() (call it from
// cleanupTestCase()). Each test gets a fresh database (createDatabase()).
//
// The library suites run their test functions once per backend through Qt Test's global data:
//   void initTestCase_data() { PgTestServer::addBackendRows(); }
//   ... QFETCH_GLOBAL(QString, backend); location = PgTestServer::location(backend, dir, name)

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

class PgTestServer
{
public:
    static PgTestServer &instance()
    {
        static PgTestServer server;
        return server;
    }

    /// The global data of a library suite: every test function on SQLite, then on PostgreSQL.
    static void addBackendRows()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    /// A fresh library for `backend`: the file `name` in `dir`, or a new database on the test
    /// server. Empty when PostgreSQL is not available here (why(): skip with it).
    static QString location(const QString &backend, const QTemporaryDir &dir, const QString &name)
    {
        if (backend != u"postgresql")
            return dir.filePath(name);
        return instance().createDatabase();
    }

    QString why() const { return m_error; }
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    static QString user() { return QStringLiteral("lector"); }

    /// postgresql://lector@127.0.0.1:PORT/`database` (or another user).
    QString url(const QString &database, const QString &user = PgTestServer::user()) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
            .arg(user)
            .arg(m_port)
            .arg(database);
    }

    /// A new, empty database; its library address, or empty with why().
    QString createDatabase()
    {
        if (!start())
            return {};
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return {};
        return url(name);
    }

    /// Runs `sql` as the superuser on the database `database` (default: postgres).
    bool admin(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        if (!start())
            return false;
        const QString connection = QStringLiteral("pgtest-admin-") + database;
        {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                                  ? QSqlDatabase::database(connection, false)
                                  : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            if (!db.isOpen()) {
                db.setHostName(QStringLiteral("127.0.0.1"));
                db.setPort(m_port);
                db.setUserName(user());
                db.setDatabaseName(database);
                if (!db.open()) {
                    m_error = db.lastError().text();
                    return false;
                }
            }
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                m_error = query.lastError().text();
                return false;
            }
        }
        return true;
    }

    /// A superuser connection named `connection` to `database` (a name from the address).
    QSqlDatabase connect(const QString &database, const QString &connection)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(user());
        db.setDatabaseName(database);
        if (!db.open())
            m_error = db.lastError().text();
        return db;
    }

    /// The database name of a library address made by createDatabase().
    static QString databaseOf(const QString &url) { return url.mid(url.lastIndexOf(u'/') + 1); }

    void closeAdminConnections()
    {
        for (const QString &name : QSqlDatabase::connectionNames())
            if (name.startsWith(u"pgtest-admin-"))
                QSqlDatabase::removeDatabase(name);
    }

    /// Starts the server (once); false with why() when PostgreSQL or QPSQL is missing or the
    /// server would not start.
    bool start()
    {
        if (m_running)
            return true;
        if (!m_error.isEmpty() && !m_dir) // a failed first start is not tried again
            return false;
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)"));
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(QStringLiteral("PostgreSQL's initdb is not installed (postgresql)"));
        if (!m_dir) {
            m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/lector-pg-XXXXXX"_qs);
            if (!m_dir->isValid())
                return fail(QStringLiteral("cannot make a temporary folder"));
            if (!prepareUser())
                return false;
            QFile pw(m_dir->filePath(QStringLiteral("pw")));
            if (!pw.open(QIODevice::WriteOnly) || pw.write(password()) < 0)
                return fail(QStringLiteral("cannot write the password file"));
            pw.close();
            giveToServerUser(pw.fileName());
            if (!run(u"initdb"_qs,
                     {u"-D"_qs, dataDir(), u"-U"_qs, user(), u"--pwfile"_qs, pw.fileName(),
                      u"--auth-local=trust"_qs, u"--auth-host=scram-sha-256"_qs, u"-E"_qs,
                      u"UTF8"_qs, u"--locale=C.UTF-8"_qs, u"--no-sync"_qs}))
                return false;
        }
        for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
            if (attempt > 0 || m_port == 0) // a restart keeps its address
                m_port = freePort();
            QFile conf(dataDir() + u"/postgresql.auto.conf"_qs);
            if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(QStringLiteral("cannot write the server settings"));
            conf.write(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                                      "unix_socket_directories = '%2'\nfsync = off\n"
                                      "synchronous_commit = off\nfull_page_writes = off\n"
                                      "shared_buffers = 32MB\nmax_connections = 40\n")
                           .arg(m_port)
                           .arg(m_dir->path())
                           .toUtf8());
            conf.close();
            giveToServerUser(conf.fileName());
            m_running =
                run(u"pg_ctl"_qs, {u"-D"_qs, dataDir(), u"-l"_qs, m_dir->filePath(u"server.log"_qs),
                                   u"-w"_qs, u"-t"_qs, u"60"_qs, u"start"_qs});
        }
        if (!m_running)
            return false;
        writePassFile(password());
        m_error.clear();
        return true;
    }

    /// Stops the server and, with `remove`, deletes its folder; a server kept for a restart
    /// shuts down cleanly (its commits are not flushed before: synchronous_commit is off).
    void stop(bool remove = true)
    {
        closeAdminConnections();
        if (m_running)
            run(u"pg_ctl"_qs, {u"-D"_qs, dataDir(), u"-m"_qs, remove ? u"immediate"_qs : u"fast"_qs,
                               u"-w"_qs, u"stop"_qs});
        m_running = false;
        if (remove)
            m_dir.reset();
    }

    /// Stops the server cleanly and starts it again at the same address, with the right password
    /// in the client's password file (a lost connection, as the library sees it).
    bool restart()
    {
        stop(false);
        return start();
    }

    /// Ends every server session of a Lector (application_name Lector) but the admin's: the
    /// library finds its connection gone at its next statement.
    bool dropLectorConnections()
    {
        return admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = 'Lector' AND pid <> pg_backend_pid()"_qs);
    }

    /// Writes the client's password file (PGPASSFILE) with `password` for every user.
    void writePassFile(const QByteArray &password)
    {
        const QString path = m_dir->filePath(u"pgpass"_qs);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            file.write(QStringLiteral("127.0.0.1:%1:*:*:").arg(m_port).toUtf8() + password + '\n');
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        qputenv("PGPASSFILE", path.toLocal8Bit());
    }

    static QByteArray password() { return QByteArrayLiteral("lector-test-only"); }

    // At exit Qt Sql is already gone: stop only a server that cleanupTestCase() left running.
    ~PgTestServer()
    {
        if (m_running)
            run(u"pg_ctl"_qs, {u"-D"_qs, dataDir(), u"-m"_qs, u"immediate"_qs, u"stop"_qs});
    }

private:
    PgTestServer() = default;

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    QString dataDir() const { return m_dir->filePath(u"data"_qs); }

    static QString binDir()
    {
        const QDir lib(u"/usr/lib/postgresql"_qs);
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            if (QFile::exists(lib.filePath(v + u"/bin/initdb"_qs)))
                return lib.filePath(v + u"/bin"_qs);
        const QString onPath = QStandardPaths::findExecutable(u"initdb"_qs);
        return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
    }

    static int freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t length = sizeof addr;
        int port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) == 0)
            port = ntohs(addr.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port > 0 ? port : 25432 + int(::getpid() % 20000);
    }

    // PostgreSQL refuses to run as root: the server runs as `nobody`, which owns its folder.
    bool prepareUser()
    {
        if (::geteuid() != 0)
            return true;
        const passwd *pw = ::getpwnam("nobody");
        if (!pw)
            return fail(QStringLiteral("running as root and there is no user nobody"));
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        giveToServerUser(m_dir->path());
        return true;
    }

    void giveToServerUser(const QString &path) const
    {
        if (m_uid != uid_t(-1) && ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0)
            qWarning("cannot hand %s to the server's user", qPrintable(path));
    }

    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProgram(m_bin + u'/' + program);
        process.setArguments(arguments);
        process.setWorkingDirectory(m_dir->path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, m_dir->path());
        env.insert(u"LC_ALL"_qs, u"C"_qs);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        if (uid != uid_t(-1)) {
            process.setChildProcessModifier([uid, gid] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                    ::_exit(126);
            });
        }
        process.start();
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            QFile log(m_dir->filePath(u"server.log"_qs));
            const QByteArray serverLog =
                log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
            return fail(QStringLiteral("%1 failed: %2 %3")
                            .arg(program, QString::fromLocal8Bit(process.readAll()),
                                 QString::fromLocal8Bit(serverLog.right(2000))));
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    QString m_error;
    uid_t m_uid = uid_t(-1);
    gid_t m_gid = gid_t(-1);
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};
