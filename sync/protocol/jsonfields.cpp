#include "jsonfields.h"

#include "protocollimits.h"

#include <QJsonDocument>
#include <QUuid>

#include <array>
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

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    // Runs of bytes that need no escape are copied whole (a byte at a time was most of the cost
    // of writing a record's metadata).
    const char *run = utf8.data();
    const char *const end = utf8.data() + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto u = uchar(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        out += '\\';
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    out.append(run, end - run);
    out += '"';
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QString> stringValue(const QJsonValue &value, const QString &field, qsizetype maxSize,
                            Empty empty)
{
    if (!value.isString())
        return invalid(field, "not a string");
    QString s = value.toString();
    if ((empty == Empty::Refused && s.isEmpty()) ||
        (empty == Empty::Blank && s.trimmed().isEmpty()))
        return invalid(field, "empty");
    if (s.size() > maxSize)
        return invalid(field, "too long");
    return s;
}

std::optional<QByteArray> canonicalBase64(QStringView text)
{
    // The alphabet's value of each character; -1 for anything else (padding, URL-safe letters,
    // spaces, non-ASCII).
    static constexpr auto values = [] {
        std::array<signed char, 128> v{};
        v.fill(-1);
        for (int i = 0; i < 26; ++i) {
            v[size_t('A' + i)] = static_cast<signed char>(i);
            v[size_t('a' + i)] = static_cast<signed char>(26 + i);
        }
        for (int i = 0; i < 10; ++i)
            v[size_t('0' + i)] = static_cast<signed char>(52 + i);
        v[size_t('+')] = 62;
        v[size_t('/')] = 63;
        return v;
    }();
    const auto value = [](QChar c) -> int {
        const char16_t u = c.unicode();
        return u < 128 ? values[u] : -1;
    };
    const qsizetype n = text.size();
    if (n % 4 != 0)
        return std::nullopt;
    qsizetype pad = 0;
    if (n > 0 && text[n - 1] == u'=')
        pad = text[n - 2] == u'=' ? 2 : 1;
    QByteArray out(n / 4 * 3 - pad, Qt::Uninitialized);
    char *o = out.data();
    qsizetype i = 0;
    // Whole groups of four characters: three bytes each.
    for (; i + 4 <= n - (pad ? 4 : 0); i += 4) {
        const int a = value(text[i]), b = value(text[i + 1]), c = value(text[i + 2]),
                  d = value(text[i + 3]);
        if ((a | b | c | d) < 0)
            return std::nullopt;
        const quint32 w = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6 | quint32(d);
        *o++ = char(w >> 16);
        *o++ = char(w >> 8);
        *o++ = char(w);
    }
    if (pad) {
        // The last group: one or two bytes, the bits past them zero ("AB==" decodes as "AA=="
        // does, and only "AA==" is canonical).
        const int a = value(text[i]), b = value(text[i + 1]);
        const int c = pad == 1 ? value(text[i + 2]) : 0;
        if ((a | b | c) < 0)
            return std::nullopt;
        const quint32 w = quint32(a) << 18 | quint32(b) << 12 | quint32(c) << 6;
        if ((pad == 2 && (w & 0xffff) != 0) || (pad == 1 && (w & 0xff) != 0))
            return std::nullopt;
        *o++ = char(w >> 16);
        if (pad == 1)
            *o++ = char(w >> 8);
    }
    return out;
}

Result<QByteArray> base64Value(const QString &text, const QString &field, qsizetype maxBytes,
                               Empty empty)
{
    if (empty != Empty::Allowed && text.isEmpty())
        return invalid(field, "empty");
    // Only the canonical form: one byte string has one encoding, so what is signed, compared or
    // stored cannot differ from what was meant. Checked and decoded in one pass over the text
    // (the same verdict as comparing the decoded bytes' toBase64() with it, without encoding
    // every field again).
    auto decoded = canonicalBase64(text);
    if (!decoded)
        return invalid(field, "not canonical base64");
    if (decoded->size() > maxBytes)
        return invalid(field, "too long");
    return std::move(*decoded);
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
    return stringValue(v, field, maxSize, refuseBlank ? Empty::Blank : Empty::Refused);
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
    // Bounded as text before decoding; base64 of maxBytes bytes is at most this long.
    auto text = string(object, "signature", QStringLiteral("signature"), maxBytes / 3 * 4 + 4);
    if (!text)
        return text.error();
    // The text bound is the decoded bound: a signature is never refused as "too long" after it.
    return base64Value(text.value(), QStringLiteral("signature"), text->size(), Empty::Refused);
}

Result<Fields> Fields::ofBody(QByteArrayView json, qsizetype maxSize)
{
    auto object = parseObject(json, maxSize);
    if (!object)
        return object.error();
    return Fields(object.value(), {});
}

QString Fields::path(const char *key) const
{
    return m_path.isEmpty() ? QString(QLatin1String(key))
                            : QString(m_path + u'.' + QLatin1String(key));
}

Result<QString> Fields::string(const char *key, qsizetype maxSize, Empty empty) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return invalid(path(key), "missing");
    return stringValue(v, path(key), maxSize, empty);
}

Result<QString> Fields::optionalString(const char *key, qsizetype maxSize) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return QString();
    return stringValue(v, path(key), maxSize, Empty::Allowed);
}

Result<QByteArray> Fields::base64(const char *key, qsizetype maxBytes, Empty empty) const
{
    auto s = string(key, maxBytes / 3 * 4 + 4, empty);
    if (!s)
        return s.error();
    return base64Value(s.value(), path(key), maxBytes, empty);
}

Result<QByteArray> Fields::pem(const char *key) const
{
    auto s = string(key, maxPemBytes);
    if (!s)
        return s.error();
    for (QChar c : s.value()) {
        if (c.unicode() >= 0x80 || (c.unicode() < 0x20 && c != u'\n' && c != u'\r'))
            return invalid(path(key), "not PEM text");
    }
    if (!s.value().startsWith(QLatin1String("-----BEGIN ")))
        return invalid(path(key), "not PEM text");
    return s.value().toLatin1();
}

Result<QString> Fields::uuid(const char *key) const
{
    auto s = string(key, 36);
    if (!s)
        return s.error();
    if (s->size() != 36 || QUuid::fromString(s.value()).toString(QUuid::WithoutBraces) != s.value())
        return invalid(path(key), "not a lower-case UUID without braces");
    return s.value();
}

Result<QByteArray> Fields::sha256Hex(const char *key) const
{
    auto s = string(key, 64);
    if (!s)
        return s.error();
    if (s.value().size() != 64)
        return invalid(path(key), "not 64 lower-case hex digits");
    for (QChar c : s.value()) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return invalid(path(key), "not 64 lower-case hex digits");
    }
    return QByteArray::fromHex(s.value().toLatin1());
}

Result<qint64> Fields::count(const char *key) const
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isDouble())
        return invalid(path(key), "not a number");
    return wholeNumber(m_object, key, path(key), maxJsonWholeNumber,
                       "not a whole number from 0 to 2^53");
}

Result<QJsonObject> Fields::object(const char *key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return invalid(path(key), "missing");
    if (!v.isObject())
        return invalid(path(key), "not an object");
    return v.toObject();
}

Result<QJsonArray> Fields::array(const char *key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return invalid(path(key), "missing");
    if (!v.isArray())
        return invalid(path(key), "not an array");
    return v.toArray();
}

} // namespace jiujin::protocol::json
