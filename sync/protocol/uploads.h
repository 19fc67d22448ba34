#pragma once

#include "protocollimits.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/*
 * Attachment uploads (PROTOCOL.md, "Uploads"): POST /v1/uploads/{uuid}/{index} names what the
 * finished upload must be; a record names its attachments by the same reference. Decoders take
 * bytes from the network and refuse anything out of bounds with Error::Invalid naming the field.
 */
namespace jiujin::protocol {

/** A sealed attachment as its record names it: the finished upload of the same index must match. */
struct AttachmentRef
{
    QByteArray sha256; ///< raw SHA-256 (32 bytes) of the sealed bytes; lower-case hex on the wire
    qint64 length = 0; ///< bytes, 1..maxUploadLength
    /** The reference of the sealed bytes @p sealed. */
    static AttachmentRef of(QByteArrayView sealed);
    friend bool operator==(const AttachmentRef &, const AttachmentRef &) = default;
};

/** Request body of POST /v1/uploads/{uuid}/{index}: what the finished upload must be. */
struct UploadCreate
{
    qint64 length = 0; ///< bytes, 1..maxUploadLength
    QByteArray sha256; ///< raw SHA-256 (32 bytes); lower-case hex on the wire
    friend bool operator==(const UploadCreate &, const UploadCreate &) = default;
};

QByteArray encode(const UploadCreate &create);
Result<UploadCreate> decodeUploadCreate(QByteArrayView json);
/** "/v1/uploads/{uuid}/{index}": the upload of attachment @p index of record @p uuid. */
QByteArray uploadPath(const QString &uuid, qsizetype index);

/** A record's attachment entry as JSON ({"sha256", "length"}), for the submission codec. */
QJsonObject toJson(const AttachmentRef &ref);
/** The attachment entry @p value of a record, named @p path in errors. */
Result<AttachmentRef> decodeAttachmentRef(const QJsonValue &value, const QString &path);

} // namespace jiujin::protocol
