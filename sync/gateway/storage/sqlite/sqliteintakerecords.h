#pragma once

#include "intakerecords.h"

namespace jiujin {
class Database;
}

namespace jiujin::gateway {

/** IntakeRecords in central's SQLite database; attachment bytes are files under the data
 *  directory (the database's folder). */
class SqliteIntakeRecords final : public IntakeRecords
{
public:
    SqliteIntakeRecords(Database &db, QString dataDir) : m_db(&db), m_dataDir(std::move(dataDir)) {}

    Result<std::optional<SubmissionRow>> submission(const QString &device,
                                                    const QString &uuid) override;
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

private:
    Database *m_db;
    QString m_dataDir;
};

} // namespace jiujin::gateway
