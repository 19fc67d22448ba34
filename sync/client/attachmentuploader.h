#pragma once

#include "result.h"
#include "syncclient.h"
#include "wire.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace jiujin {

/** What became of one record's attachment uploads. */
struct UploadResult
{
    enum class Status {
        Complete,     ///< central holds every attachment, its checksum verified
        RecordFailed, ///< this record cannot be uploaded now: requeue it with the error
        BatchFailed,  ///< transport error, 5xx, 429 or a refused request: retry the batch later
    };
    Status status = Status::Complete;
    QString error;        ///< why (no PII); empty when complete
    int retryAfterS = -1; ///< the server's Retry-After in seconds, -1 when none
    qint64 bytesSent = 0; ///< attachment bytes PATCHed by this call (restarts included)
};

/**
 * Uploads a record's sealed attachments before the record itself (PROTOCOL.md, offset-based like
 * tus): POST creates or finds each upload and returns central's offset, PATCH appends chunks from
 * there, so a cut connection resumes and nothing central already holds is sent again.
 */
class AttachmentUploader
{
public:
    /** Sends one signed request to the gateway (SyncEngine's signedSend). */
    using SendFn = std::function<Result<HttpReply>(const HttpRequest &)>;

    /** Restarts from 0 after a checksum mismatch (422) before the record is given up. */
    static constexpr int maxRestarts = 2;

    /** @p chunkBytes: PATCH body size, at most protocol::maxUploadChunk. */
    explicit AttachmentUploader(SendFn send, qsizetype chunkBytes = protocol::maxUploadChunk);

    /** Uploads attachment i of record @p uuid from @p sealed[i], one after the other; stops at the
     *  first that does not complete. */
    UploadResult upload(const QString &uuid, const QList<QByteArray> &sealed);
    /** Uploads attachment @p index of record @p uuid from its sealed bytes @p sealed. */
    UploadResult uploadOne(const QString &uuid, qsizetype index, const QByteArray &sealed);

private:
    SendFn m_send;
    qsizetype m_chunkBytes;
};

} // namespace jiujin
