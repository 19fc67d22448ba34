#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace jiujin::protocol::json {

Error invalid(const QString &field, const char *what)
{
    return Error{Error::Invalid, field + QStringLiteral(": ") + QLatin1String(what)};
}

Result<QJsonObject> parseObject(QByteArrayView text, qsizetype maxSize, const QString &what)
{
    if (text.size() > maxSize)
        return invalid(what, "too large");
    QJsonParseError error{};
    // A copy, not fromRawData: the parser then always sees a terminated buffer of its own.
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(what, "not valid JSON");
    if (!doc.isObject())
        return invalid(what, "not a JSON object");
    return doc.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<qint64> wholeNumber(const QJsonObject &object, const char *key, const QString &field,
                           double max, const char *outOfRange)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return invalid(field, "missing");
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 0 || d > max)
        return invalid(field, outOfRange);
    return qint64(d);
}

Result<QString> string(const QJsonObject &object, const char *key, const QString &field,
                       qsizetype maxSize, bool refuseBlank)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return invalid(field, "missing");
    if (!v.isString())
        return invalid(field, "not a string");
    const QString s = v.toString();
    if (refuseBlank ? s.trimmed().isEmpty() : s.isEmpty())
        return invalid(field, "empty");
    if (s.size() > maxSize)
        return invalid(field, "too long");
    return s;
}

Result<QByteArray> signedText(const QJsonObject &object, const char *key, qsizetype maxBytes)
{
    const QString field = QLatin1String(key);
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return invalid(field, value.isUndefined() ? "missing" : "not a string");
    const QString text = value.toString();
    if (text.isEmpty())
        return invalid(field, "empty");
    QByteArray bytes = text.toUtf8();
    if (bytes.size() > maxBytes)
        return invalid(field, "too long");
    // Lone surrogates do not survive UTF-8: the bytes must be the text that was signed.
    if (QString::fromUtf8(bytes) != text)
        return invalid(field, "not valid Unicode");
    return bytes;
}

Result<QByteArray> signature(const QJsonObject &object, qsizetype maxBytes)
{
    const QString field = QStringLiteral("signature");
    const QJsonValue value = object.value(field);
    if (!value.isString())
        return invalid(field, value.isUndefined() ? "missing" : "not a string");
    const QString sig = value.toString();
    if (sig.isEmpty() || sig.size() > maxBytes / 3 * 4 + 4)
        return invalid(field, sig.isEmpty() ? "empty" : "too long");
    const QByteArray latin = sig.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != latin || QString::fromLatin1(latin) != sig ||
        decoded.decoded.isEmpty())
        return invalid(field, "not canonical base64");
    return decoded.decoded;
}

} // namespace jiujin::protocol::json
