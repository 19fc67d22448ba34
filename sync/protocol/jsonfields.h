#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Internal to sync/protocol: the one JSON field reader every codec (submissions, uploads,
// enrollment, heartbeat, renewal, slots, catalogue changes) shares, so that each field is
// checked, bounded and named in errors the same way. Bounds come from protocollimits.h.
// appendJsonString is also central's (intake writes each stored record's JSON with it).
namespace jiujin::protocol::json {

/** Error::Invalid naming what was wrong: "<field>: <what>". */
Error invalid(const QString &field, const char *what);

/** The one JSON object in @p text of at most @p maxSize bytes; errors name @p what. */
Result<QJsonObject> parseObject(QByteArrayView text, qsizetype maxSize,
                                const QString &what = QStringLiteral("body"));

/** @p utf8 appended to @p out as a JSON string, escaped as QJsonDocument escapes (", \\ and
 *  controls only; other bytes as they are): for codecs that write their JSON straight to bytes. */
void appendJsonString(QByteArray &out, QByteArrayView utf8);

/** @p object as compact JSON, the form every end sends and signs. */
QByteArray compact(const QJsonObject &object);

/** Whether an empty string is a value. */
enum class Empty {
    Allowed, ///< "" is a value
    Refused, ///< "" is refused ("empty")
    Blank,   ///< "" and strings of only white space are refused ("empty")
};

/** @p value as a string of at most @p maxSize UTF-16 units; errors name @p field. */
Result<QString> stringValue(const QJsonValue &value, const QString &field, qsizetype maxSize,
                            Empty empty);

/** The bytes @p text encodes if it is canonical base64 (RFC 4648 §4, padded): what toBase64()
 *  gives for them, and nothing else (no spaces, no URL-safe letters, no stray bits in the tail);
 *  nullopt otherwise. */
std::optional<QByteArray> canonicalBase64(QStringView text);

/** @p text as canonical base64 (RFC 4648 §4, padded) of at most @p maxBytes decoded bytes. */
Result<QByteArray> base64Value(const QString &text, const QString &field, qsizetype maxBytes,
                               Empty empty);

/** @p object[@p key]: a whole number from 0 to @p max (at most 2^53); errors name @p field and
 *  say @p outOfRange for anything but such a number. */
Result<qint64> wholeNumber(const QJsonObject &object, const char *key, const QString &field,
                           double max, const char *outOfRange);

/** @p object[@p key]: a non-empty string of at most @p maxSize UTF-16 units (with @p refuseBlank
 *  also not only white space); errors name @p field. */
Result<QString> string(const QJsonObject &object, const char *key, const QString &field,
                       qsizetype maxSize, bool refuseBlank = false);

/** @p object[@p key]: signed JSON text carried as a string, at most @p maxBytes of UTF-8 that
 *  decode back to the same string (the bytes are what was signed). */
Result<QByteArray> signedText(const QJsonObject &object, const char *key, qsizetype maxBytes);

/** @p object["signature"]: canonical, non-empty base64 of at most @p maxBytes bytes. */
Result<QByteArray> signature(const QJsonObject &object, qsizetype maxBytes);

/** Reads one JSON object's fields, remembering its path so that errors name the field
 *  ("records[3].attachments[0].sha256"). */
class Fields
{
public:
    Fields(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path))
    {
    }

    /** The fields of a whole body: one JSON object of at most @p maxSize bytes. */
    static Result<Fields> ofBody(QByteArrayView json, qsizetype maxSize);

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    /** The name of @p key in errors: "<path>.<key>", or "<key>" at the top. */
    QString path(const char *key) const;

    /** Present and a string within @p maxSize UTF-16 units (empty allowed unless refused). */
    Result<QString> string(const char *key, qsizetype maxSize, Empty empty = Empty::Refused) const;
    /** Absent (empty result) or a string within @p maxSize UTF-16 units. */
    Result<QString> optionalString(const char *key, qsizetype maxSize) const;
    /** A string of canonical base64 decoding to at most @p maxBytes bytes. */
    Result<QByteArray> base64(const char *key, qsizetype maxBytes,
                              Empty empty = Empty::Refused) const;
    /** ASCII PEM text ("-----BEGIN ...") of at most maxPemBytes; the caller parses it. */
    Result<QByteArray> pem(const char *key) const;
    /** A lower-case UUID without braces (8-4-4-4-12 hex digits): one id has one spelling. The
     *  records' uuids and the booking uuids the lists and records name are read here. */
    Result<QString> uuid(const char *key) const;
    /** Exactly 64 lower-case hex digits, as raw bytes: one digest has one spelling. */
    Result<QByteArray> sha256Hex(const char *key) const;
    /** A whole number from 0 to 2^53. */
    Result<qint64> count(const char *key) const;
    Result<QJsonObject> object(const char *key) const;
    Result<QJsonArray> array(const char *key) const;

private:
    QJsonObject m_object;
    QString m_path;
};

} // namespace jiujin::protocol::json
