#pragma once

#include "intakerecords.h"

#include <functional>

namespace jiujin::gateway {

class PgDatabase;

/** IntakeRecords in central's PostgreSQL database, attachment bytes included (attachment_chunks,
 *  one row per PATCH as sealed by the kiosk), so every instance reaches every upload; bytes an
 *  instance kept as files before migration 008 are still read from the data directory. */
class PgIntakeRecords final : public IntakeRecords
{
public:
    PgIntakeRecords(PgDatabase &db, QString dataDir) : m_db(&db), m_dataDir(std::move(dataDir)) {}

    Result<std::optional<SubmissionRow>> submission(const QString &device,
                                                    const QString &uuid) override;
    Result<QHash<QString, SubmissionRow>> storedOf(const QString &device,
                                                   const QStringList &uuids) override;
    Result<void> insertSubmission(const SubmissionRow &r) override;
    Result<QList<SubmissionRow>> submissions(const QString &device, int limit) override;
    Result<qint64> nextReceiptSequence(const QString &day) override;
    Result<std::optional<UploadRow>> upload(const QString &device, const QString &uuid,
                                            int index) override;
    Result<void> startUpload(const UploadRow &row) override;
    Result<void> appendChunk(const QString &device, const QString &uuid, int index, qint64 at,
                             QByteArrayView data) override;
    Result<QByteArray> uploadSha256(const QString &device, const QString &uuid, int index) override;
    Result<void> resetUpload(const QString &device, const QString &uuid, int index) override;
    Result<void> deleteUploads(const QString &device, const QString &uuid, int keep) override;
    Result<int> dropUploadsBefore(const QDateTime &before) override;
    Result<qint64> openUploads(const QString &device) override;
    Result<qint64> uploadedTotal(const QString &device, const QString &uuid,
                                 int exceptIndex) override;
    QString attachmentFile(const QString &device, const QString &uuid, int index) const override;
    Result<QByteArray> storedAttachment(const SubmissionRow &row, int index) const override;
    Result<QByteArray> attachmentBytes(const QString &device, const QString &uuid,
                                       int index) const override;
    Result<Usage> usage(const QString &device, const QString &day) override;
    Result<void> addUsage(const QString &device, const QString &day, qint64 records,
                          qint64 bytes) override;
    Result<void> settle() override;

private:
    /** Drops the chunks of an upload at offsets from @p from on. */
    Result<void> dropChunks(const QString &device, const QString &uuid, int index, qint64 from);
    /** Hands the first @p length bytes of an attachment to @p sink, a stored chunk at a time;
     *  Error::Corrupt when the chunks do not reach that far. */
    Result<void> readChunks(const QString &device, const QString &uuid, int index, qint64 length,
                            const std::function<void(QByteArrayView)> &sink) const;

    PgDatabase *m_db;
    QString m_dataDir;
};

} // namespace jiujin::gateway
