#include "totpsetupapi.h"

#include "operatorhttp.h"
#include "operatorservice.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <httplib.h>

namespace jiujin::gateway {

namespace {

constexpr auto pendingFlags = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

void TotpSetupApi::addRoutes(httplib::Server &server, std::function<QDateTime()> clock)
{
    using Handler = void (TotpSetupApi::*)(OperatorRequest &);
    const auto route = [&](Handler h) {
        return OperatorHttp::route(
            m_operators, clock, [this, h](OperatorRequest &r) { (this->*h)(r); }, true);
    };
    server.Post("/v1/operator/me/totp", route(&TotpSetupApi::begin));
    server.Post("/v1/operator/me/totp/confirm", route(&TotpSetupApi::confirm));
}

void TotpSetupApi::begin(OperatorRequest &r)
{
    auto setup = m_operators.beginTotp(r.session.row.id, r.now);
    if (!setup) {
        if (setup.error().code == Error::Busy)
            return OperatorHttp::error(r.res, 409, QStringLiteral("totp_set"),
                                       QStringLiteral("TOTP is set already"));
        return OperatorHttp::unavailable(r.res, setup.error());
    }
    const QString uri = OperatorService::otpauthUri(r.session.row.id, setup->secret);
    const QString secret =
        QUrlQuery(QUrl(uri).query()).queryItemValue(QStringLiteral("secret")); // base32
    setup->secret.fill('\0');
    OperatorHttp::reply(
        r.res, 200,
        {{QStringLiteral("secret"), secret},
         {QStringLiteral("otpauth"), uri},
         {QStringLiteral("pending"), QString::fromLatin1(setup->pending.toBase64(pendingFlags))},
         {QStringLiteral("expires_at"), setup->expiresAt.toString(Qt::ISODate)}});
}

void TotpSetupApi::confirm(OperatorRequest &r)
{
    static const QRegularExpression codeShape(QStringLiteral("^\\d{6}$"));
    const QJsonValue pending = r.body.value(QLatin1String("pending"));
    const QJsonValue code = r.body.value(QLatin1String("code"));
    if (!pending.isString() || pending.toString().size() > 256 || !code.isString() ||
        !codeShape.match(code.toString()).hasMatch())
        return OperatorHttp::error(r.res, 400, QStringLiteral("invalid"),
                                   QStringLiteral("pending: the setup begun; code: 6 digits"));
    const auto decoded = QByteArray::fromBase64Encoding(
        pending.toString().toLatin1(), pendingFlags | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return OperatorHttp::error(r.res, 400, QStringLiteral("invalid"),
                                   QStringLiteral("pending: the setup begun"));
    auto done = m_operators.confirmTotp(r.session.row.id, *decoded, code.toString(), r.now);
    if (!done) {
        if (done.error().code == Error::Invalid)
            return OperatorHttp::error(r.res, 400, QStringLiteral("code"),
                                       QStringLiteral("wrong code, or the setup ended"));
        if (done.error().code == Error::Busy)
            return OperatorHttp::error(r.res, 409, QStringLiteral("totp_set"),
                                       QStringLiteral("TOTP is set already"));
        return OperatorHttp::unavailable(r.res, done.error());
    }
    OperatorHttp::reply(r.res, 200, {{QStringLiteral("totp"), true}});
}

} // namespace jiujin::gateway
