#pragma once

#include "submissionservice.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace jiujin {

/** The materials of the item being applied for, and how the citizen provides each. */
class MaterialChoiceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the Apply controller")
    Q_PROPERTY(bool complete READ complete NOTIFY completeChanged)
    Q_PROPERTY(int waitingRow READ waitingRow NOTIFY
                   waitingRowChanged) ///< row waiting for a QR scan, or -1
public:
    static constexpr qsizetype maxPictures = 20; ///< pictures one application carries at most
    static constexpr qsizetype maxPictureBytes = 8 * 1024 * 1024; ///< one picture, as scanned
    static constexpr qsizetype maxPicturesTotalBytes = 40 * 1024 * 1024; ///< all of them
    enum Role {
        NameRole = Qt::UserRole + 1,
        NoteRole,
        FormRole, ///< 原件 / 复印件 ... in the current language
        RequiredRole,
        AllowsToFollowRole,   ///< 容缺
        AllowsCommitmentRole, ///< 告知承诺
        ECertificateRole,     ///< the material is an e-certificate
        ChoiceRole,           ///< none|attached|e_certificate|to_follow|committed
        PicturesRole,         ///< number of pictures attached
        ErrorRole,
    };

    /** @p language: the session's (zh, en, mn); names and notes follow it (cataloguebundle.h
     *  textIn: in mn the bundle's `mn`, else the Chinese). */
    explicit MaterialChoiceModel(std::function<QString()> language, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QJsonArray &materials);
    Q_INVOKABLE void markToFollow(int row);
    Q_INVOKABLE void markCommitted(int row);
    Q_INVOKABLE void clearChoice(int row);
    /** Expects the next QR scan for @p row (an e-certificate); -1 stops waiting. */
    Q_INVOKABLE void waitForCertificate(int row);
    void addPicture(int row, const QByteArray &bytes, const QString &mimeType);
    void certificateScanned(const QString &text);
    void setErrors(const QHash<QString, QString> &problems);
    bool complete() const;
    int waitingRow() const { return m_waiting; }
    void fill(Application &app) const;
    void wipe();
    void retranslate();

Q_SIGNALS:
    void completeChanged();
    void waitingRowChanged();

private:
    void changed(int row);
    std::function<QString()> m_language;
    QJsonArray m_materials;
    QList<MaterialEntry> m_entries;
    QList<QString> m_errors;
    int m_waiting = -1;
};

} // namespace jiujin
