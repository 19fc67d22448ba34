#include "attachmentuploader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

namespace {

QString statusText(const HttpReply &r)
{
    const QString word =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toString().left(40);
    return word.isEmpty() ? QStringLiteral("upload: HTTP %1").arg(r.status)
                          : QStringLiteral("upload: HTTP %1 %2").arg(r.status).arg(word);
}

/** The Upload-Offset of @p r, or -1 when it is absent or not a count within @p length. */
qint64 offsetOf(const HttpReply &r, qint64 length)
{
    bool ok = false;
    const qint64 n = r.headers.value("upload-offset").trimmed().toLongLong(&ok);
    return ok && n >= 0 && n <= length ? n : -1;
}

UploadResult failed(UploadResult::Status status, QString error, int retryAfterS = -1)
{
    UploadResult r;
    r.status = status;
    r.error = std::move(error);
    r.retryAfterS = retryAfterS;
    return r;
}

/** An answer the upload cannot go on from. Requests central refuses for this record's sake
 *  (its body, its size) hold up only the record; anything else waits for the next attempt. */
UploadResult refused(const HttpReply &r)
{
    const bool recordOnly =
        r.status == 400 || r.status == 409 || r.status == 413 || r.status == 415;
    return failed(recordOnly ? UploadResult::Status::RecordFailed
                             : UploadResult::Status::BatchFailed,
                  statusText(r), r.retryAfterS);
}

} // namespace

AttachmentUploader::AttachmentUploader(SendFn send, qsizetype chunkBytes)
    : m_send(std::move(send)),
      m_chunkBytes(qBound(qsizetype(1), chunkBytes, protocol::maxUploadChunk))
{
}

UploadResult AttachmentUploader::upload(const QString &uuid, const QList<QByteArray> &sealed)
{
    UploadResult total;
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        UploadResult one = uploadOne(uuid, i, sealed.at(i));
        total.bytesSent += one.bytesSent;
        if (one.status != UploadResult::Status::Complete) {
            one.bytesSent = total.bytesSent;
            return one;
        }
    }
    return total;
}

UploadResult AttachmentUploader::uploadOne(const QString &uuid, qsizetype index,
                                           const QByteArray &sealed)
{
    using Status = UploadResult::Status;
    const protocol::AttachmentRef ref = protocol::AttachmentRef::of(sealed);
    const QByteArray path = protocol::uploadPath(uuid, index);
    const QByteArray create = protocol::encode(protocol::UploadCreate{ref.length, ref.sha256});
    UploadResult result;
    int restarts = 0, creates = 0, stuck = 0;

    for (;;) {
        // Create it, or learn how much of it central already holds.
        if (++creates > maxRestarts + 2)
            return failed(Status::BatchFailed, QStringLiteral("upload: keeps vanishing"));
        auto created = m_send({"POST", path, create, "application/json", true, {}});
        if (!created)
            return failed(Status::BatchFailed, created.error().message);
        if (created->status != 200 && created->status != 201)
            return refused(created.value());
        qint64 offset = offsetOf(created.value(), ref.length);
        if (offset < 0)
            return failed(Status::BatchFailed, QStringLiteral("upload: unreadable Upload-Offset"));

        bool recreate = false;
        while (offset < ref.length && !recreate) {
            const QByteArray chunk = sealed.mid(offset, m_chunkBytes);
            auto sent = m_send({"PATCH",
                                path,
                                chunk,
                                "application/offset+octet-stream",
                                false,
                                {"Upload-Offset: " + QByteArray::number(offset)}});
            if (!sent)
                return failed(Status::BatchFailed, sent.error().message);
            result.bytesSent += chunk.size();
            const qint64 before = offset;
            switch (sent->status) {
            case 204:
                offset = offsetOf(sent.value(), ref.length);
                if (offset <= before)
                    return failed(Status::BatchFailed,
                                  QStringLiteral("upload: the offset did not advance"));
                stuck = 0;
                break;
            case 409:
                // Central holds a different amount (a PATCH whose answer was lost): go on from it.
                offset = offsetOf(sent.value(), ref.length);
                if (offset < 0 || ++stuck > 3)
                    return failed(Status::BatchFailed, statusText(sent.value()));
                break;
            case 422:
                if (++restarts > maxRestarts)
                    return failed(Status::RecordFailed,
                                  QStringLiteral("upload: attachment %1 failed its checksum "
                                                 "%2 times")
                                      .arg(index)
                                      .arg(restarts));
                qCWarning(lcSync) << "upload" << uuid << index
                                  << "failed its checksum; starting again";
                offset = 0;
                break;
            case 404:
                // Dropped at central (abandoned too long): create it again.
                recreate = true;
                break;
            default: {
                UploadResult r = refused(sent.value());
                r.bytesSent = result.bytesSent;
                return r;
            }
            }
        }
        if (!recreate)
            return result;
    }
}

} // namespace jiujin
