#pragma once

#include "certificateauthority.h"
#include "keys.h"
#include "result.h"
#include "suite.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiujin {

/**
 * The gateway's data directory: device CA, server key and certificate, central's record
 * encryption keys and receipt signing keys for both suites, and the database file.
 * Private keys are written 0600 and never logged.
 */
class GatewayKeys
{
public:
    /** Creates every key and certificate in @p dir (made if missing) and the database; the server
     *  certificate names @p hosts (default: localhost and 127.0.0.1). Error::Invalid if @p dir is
     *  already initialised and @p force is false; with @p force every key is replaced but the
     *  database (what was received) is kept. */
    static Result<GatewayKeys> init(const QString &dir, const QStringList &hosts,
                                    const QDateTime &now, bool force);
    /** Loads what init() wrote; Error::NotFound if @p dir is not initialised. */
    static Result<GatewayKeys> load(const QString &dir);

    /** The SQLite file of the gateway's own database. */
    static QString databasePath(const QString &dir);

    QString dir() const { return m_dir; }
    QString serverCertificatePath() const;
    QString serverKeyPath() const;
    QString caCertificatePath() const;
    const CertificateAuthority &ca() const { return *m_ca; }
    QByteArray caPem() const { return m_ca->certificatePem(); }
    QByteArray serverCertificatePem() const { return m_serverCert; }
    /** "sha256//…" of the server key: what kiosks are configured to pin. */
    QByteArray serverPin() const;
    /** The pins central announces to kiosks (GET /v1/pins): the server key's, then the next
     *  key's once one is prepared (prepareNextServerKey()). */
    QStringList announcedPins() const;

    /** Makes the next server key and certificate (server-next.key/.pem) beside the current ones,
     *  for @p hosts (empty: the names of the current certificate); the serving gateway announces
     *  its pin from its next start. Replaces a next key prepared before. Returns its pin. */
    static Result<QByteArray> prepareNextServerKey(const QString &dir, const QStringList &hosts,
                                                   const QDateTime &now);
    /** Makes the prepared next key the server key (the old one is removed); Error::NotFound when
     *  none is prepared. Takes effect when the gateway starts again. Returns the new pin. */
    static Result<QByteArray> rollServerKey(const QString &dir);

    /** Central's record key of @p suite (X25519 / SM2), with its private half. */
    const protocol::Key &centralKey(protocol::Suite suite) const;
    /** Central's receipt signing key of @p suite (Ed25519 / SM2), with its private half. */
    const protocol::Key &receiptKey(protocol::Suite suite) const;

    GatewayKeys(GatewayKeys &&) noexcept = default;
    GatewayKeys &operator=(GatewayKeys &&) noexcept = default;
    ~GatewayKeys() = default;

private:
    GatewayKeys() = default;
    QString m_dir;
    std::optional<CertificateAuthority> m_ca;
    QByteArray m_serverCert;
    QByteArray m_nextServerCert; ///< empty when no next key is prepared
    std::optional<protocol::Key> m_centralIntl, m_centralGm, m_receiptIntl, m_receiptGm;
};

} // namespace jiujin
