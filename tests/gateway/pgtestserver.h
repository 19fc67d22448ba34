#pragma once

#include <QString>

#include <memory>

namespace jiujin::gateway {
class PgConnection;
}

/**
 * A throwaway PostgreSQL 15 for the gateway tests (Debian's postgresql-15: initdb and pg_ctl in a
 * temporary folder, a Unix socket there and no TCP port, run as `nobody` when the tests run as
 * root). One server per test process, started on first use and stopped and removed at exit;
 * each caller gets a fresh database copied from a template already at central's schema
 * (CREATE DATABASE ... TEMPLATE), so no test sees another's rows. Nothing needs a PostgreSQL
 * that is already running.
 */
class PgTestServer
{
public:
    /** The process's server (started now if need be; the test fails if it cannot start). */
    static PgTestServer &instance();
    /** True when this test run stores central in PostgreSQL (JIUJIN_TEST_ENGINE=postgresql). */
    static bool selected();

    /** A new, empty database at central's schema: its postgresql:// location. */
    QString freshDatabase();
    /** A new database with nothing in it (not even schema_version): for migration tests. */
    QString emptyDatabase();
    /** The location of database @p name on this server. */
    QString location(const QString &name) const;
    /** Runs @p sql as the superuser on the maintenance database; true on success. */
    bool admin(const QString &sql);

    ~PgTestServer();

private:
    PgTestServer();
    bool run(const QStringList &command, QByteArray *output = nullptr) const;
    QString m_dir;    ///< the temporary folder (data, socket, log)
    QString m_socket; ///< the socket's folder
    bool m_root = false;
    int m_next = 0;
    std::unique_ptr<jiujin::gateway::PgConnection> m_admin;
};
