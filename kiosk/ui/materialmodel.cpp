#include "materialmodel.h"

namespace jiujin {

void MaterialModel::reset(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MaterialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MaterialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return r.name;
    case KindRole:
        return r.kind;
    case CopiesRole:
        return r.copies;
    case NoteRole:
        return r.note;
    case ECertificateRole:
        return r.eCertificate;
    case SignatureRole:
        return r.signature;
    case RequiredRole:
        return r.required;
    case RongqueRole:
        return r.rongque;
    case CommitmentRole:
        return r.commitment;
    }
    return {};
}

QHash<int, QByteArray> MaterialModel::roleNames() const
{
    return {{NameRole, "name"},
            {KindRole, "kind"},
            {CopiesRole, "copies"},
            {NoteRole, "note"},
            {ECertificateRole, "eCertificate"},
            {SignatureRole, "signature"},
            {RequiredRole, "required"},
            {RongqueRole, "rongque"},
            {CommitmentRole, "commitment"}};
}

} // namespace jiujin
