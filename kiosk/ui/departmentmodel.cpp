#include "departmentmodel.h"

#include "departmentnames.h"

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
    case MongolianNameRole: {
        const QString mn = m_mongolian ? departmentnames::translated(d.nameZh) : QString();
        return mn == d.nameZh ? QString() : mn;
    }
    }
    return {};
}

QHash<int, QByteArray> DepartmentModel::roleNames() const
{
    return {{CodeRole, "code"},
            {NameRole, "name"},
            {AgencyRole, "agency"},
            {MongolianNameRole, "mongolianName"},
            {ItemCountRole, "itemCount"}};
}

} // namespace jiujin
