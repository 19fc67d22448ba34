#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <openssl/types.h>

/** The kiosk's side of its TLS identity: what enrollment and renewal both send and check. */
namespace jiujin::devicecsr {

/** A PEM certificate signing request for @p key (central names the certificate: the CN here is
 *  only a placeholder). */
Result<QByteArray> make(EVP_PKEY *key);
/** The subject CN of @p cert (the device id central gave it), "" if it has none. */
QString commonName(X509 *cert);

} // namespace jiujin::devicecsr
