#include "listmodels.h"

namespace jiujin {

void DepartmentModel::reset(QList<DepartmentRow> rows, bool english)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_english = english;
    endResetModel();
}

int DepartmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DepartmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DepartmentRow &d = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return d.code;
    case NameRole:
        return m_english ? d.nameEn : d.nameZh;
    case AgencyRole:
        return m_english ? d.agencyEn : d.agencyZh;
    case ItemCountRole:
        return d.itemCount;
    }
    return {};
}

QHash<int, QByteArray> DepartmentModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {AgencyRole, "agency"}, {ItemCountRole, "itemCount"}};
}

void ItemListModel::reset(QList<Row> rows, bool english)
{
    const int before = count();
    beginResetModel();
    m_rows = std::move(rows);
    m_english = english;
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case CodeRole:
        return r.item.code;
    case NameRole:
        return m_english ? r.item.nameEn : r.item.nameZh;
    case HandledHereRole:
        return r.item.handledHere;
    case WhereRole:
        return r.where;
    }
    return {};
}

QHash<int, QByteArray> ItemListModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {HandledHereRole, "handledHere"}, {WhereRole, "where"}};
}

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
    return {{NameRole, "name"},         {KindRole, "kind"},         {CopiesRole, "copies"},
            {NoteRole, "note"},         {ECertificateRole, "eCertificate"}, {SignatureRole, "signature"},
            {RequiredRole, "required"}, {RongqueRole, "rongque"},   {CommitmentRole, "commitment"}};
}

} // namespace jiujin
