#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

// Internal to sync/protocol: the JSON readers every codec (wire, slots, catalogue changes) shares,
// so that each field is checked, bounded and named in errors the same way.
namespace jiujin::protocol::json {

/** Error::Invalid naming what was wrong: "<field>: <what>". */
Error invalid(const QString &field, const char *what);

/** The one JSON object in @p text of at most @p maxSize bytes; errors name @p what. */
Result<QJsonObject> parseObject(QByteArrayView text, qsizetype maxSize,
                                const QString &what = QStringLiteral("body"));

/** @p object as compact JSON, the form every end sends and signs. */
QByteArray compact(const QJsonObject &object);

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

} // namespace jiujin::protocol::json
