#pragma once

#include <QList>
#include <QString>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The materials of a guide, as a checklist. */
class MaterialModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by Catalogue")
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        KindRole,
        CopiesRole,
        NoteRole,
        ECertificateRole,
        SignatureRole,
        RequiredRole,
        RongqueRole,
        CommitmentRole
    };
    struct Row
    {
        QString name, kind, note;
        int copies = 0;
        bool eCertificate = false, signature = false, required = true, rongque = false,
             commitment = false;
    };
    using QAbstractListModel::QAbstractListModel;

    void reset(QList<Row> rows);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
};

} // namespace jiujin
