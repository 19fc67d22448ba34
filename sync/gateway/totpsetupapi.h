#pragma once

#include <QDateTime>

#include <functional>

namespace httplib {
class Server;
}

namespace jiujin::gateway {

class OperatorService;
struct OperatorRequest;

/**
 * TOTP set up from the web console by an operator who has none (openapi.yaml,
 * /v1/operator/me/totp): POST .../totp gives a new secret once (base32 and otpauth:// URI, which
 * the console shows as text and as a QR code it draws itself) with the setup sealed by central;
 * POST .../totp/confirm with that setup and a current code makes it take effect, audited
 * (OperatorService::beginTotp/confirmTotp). Nothing is stored before the confirmation, so a setup
 * abandoned halfway changes nothing.
 */
class TotpSetupApi
{
public:
    /** @p operators: borrowed; its seal key must be loaded. */
    explicit TotpSetupApi(OperatorService &operators) : m_operators(operators) {}

    /** Adds the routes to @p server (as OperatorApi::addRoutes). */
    void addRoutes(httplib::Server &server, std::function<QDateTime()> clock);

private:
    void begin(OperatorRequest &r);
    void confirm(OperatorRequest &r);

    OperatorService &m_operators;
};

} // namespace jiujin::gateway
