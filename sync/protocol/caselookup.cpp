#include "caselookup.h"

#include "jsonfields.h"
#include "keys.h"
#include "protocollimits.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace jiujin::protocol {

namespace {

using json::invalid;

Result<QString> askId(const QJsonObject &o)
{
    auto ask = json::string(o, "ask", QStringLiteral("ask"), 64);
    if (!ask)
        return ask.error();
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!form.match(ask.value()).hasMatch())
        return invalid(QStringLiteral("ask"), "not 1 to 64 of [A-Za-z0-9-]");
    return ask.value();
}

bool kioskReceipt(const QString &s)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{5}-[0-9]{6}-[0-9]$"));
    return form.match(s).hasMatch();
}

} // namespace

QByteArray encode(const CaseLookupRequest &r)
{
    return json::compact({{QStringLiteral("ask"), r.ask},
                          {QStringLiteral("receipt"), r.receipt},
                          {QStringLiteral("last4"), r.last4}});
}

Result<CaseLookupRequest> decodeCaseLookupRequest(QByteArrayView body)
{
    auto root = json::parseObject(body, maxCaseLookupRequest);
    if (!root)
        return root.error();
    CaseLookupRequest out;
    auto ask = askId(root.value());
    if (!ask)
        return ask.error();
    out.ask = ask.value();
    auto receipt = json::string(root.value(), "receipt", QStringLiteral("receipt"), 16);
    if (!receipt)
        return receipt.error();
    if (!kioskReceipt(receipt.value()))
        return invalid(QStringLiteral("receipt"), "not a receipt KKKKK-SSSSSS-C");
    out.receipt = receipt.value();
    auto last4 = json::string(root.value(), "last4", QStringLiteral("last4"), 4);
    if (!last4)
        return last4.error();
    static const QRegularExpression four(QStringLiteral("^[0-9]{3}[0-9X]$"));
    if (!four.match(last4.value()).hasMatch())
        return invalid(QStringLiteral("last4"), "not four characters of [0-9]{3}[0-9X]");
    out.last4 = last4.value();
    return out;
}

QByteArray encode(const CaseLookupAnswer &a)
{
    return json::compact({{QStringLiteral("receipt"), a.receipt},
                          {QStringLiteral("ask"), a.ask},
                          {QStringLiteral("point"), a.point},
                          {QStringLiteral("case"), caseToJson(a.found)}});
}

Result<CaseLookupAnswer> decodeCaseLookupAnswer(QByteArrayView text)
{
    auto root = json::parseObject(text, maxCaseLookupAnswer, QStringLiteral("answer"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    CaseLookupAnswer out;
    auto receipt = json::string(o, "receipt", QStringLiteral("receipt"), 16);
    if (!receipt)
        return receipt.error();
    if (!kioskReceipt(receipt.value()))
        return invalid(QStringLiteral("receipt"), "not a receipt KKKKK-SSSSSS-C");
    out.receipt = receipt.value();
    auto ask = askId(o);
    if (!ask)
        return ask.error();
    out.ask = ask.value();
    auto point = json::string(o, "point", QStringLiteral("point"), maxShortText, true);
    if (!point)
        return point.error();
    out.point = point.value();
    auto found = caseFromJson(o.value(QLatin1String("case")), QStringLiteral("case"));
    if (!found)
        return found.error();
    out.found = found.value();
    return out;
}

QByteArray encode(const SignedCaseLookupAnswer &body)
{
    return json::compact(
        {{QStringLiteral("answer"), QString::fromUtf8(body.answer)},
         {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}});
}

QByteArray caseLookupSigningInput(QByteArrayView answerText)
{
    QByteArray input(caseLookupSigningContext);
    input.append(answerText);
    return input;
}

Result<SignedCaseLookupAnswer> signCaseLookupAnswer(const Key &receiptKey,
                                                    const CaseLookupAnswer &answer)
{
    SignedCaseLookupAnswer out;
    out.answer = encode(answer);
    auto signature = sign(receiptKey, caseLookupSigningInput(out.answer));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<CaseLookupAnswer> openCaseLookupAnswer(const Key &receiptKey, QByteArrayView body)
{
    auto root = json::parseObject(body, 2 * maxCaseLookupAnswer + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    auto text = json::signedText(root.value(), "answer", maxCaseLookupAnswer);
    if (!text)
        return text.error();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    if (!verify(receiptKey, caseLookupSigningInput(text.value()), signature.value()))
        return Error{Error::Corrupt,
                     QStringLiteral("case lookup: central's signature does not verify")};
    return decodeCaseLookupAnswer(text.value());
}

} // namespace jiujin::protocol
