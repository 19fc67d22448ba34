#pragma once

#include "cataloguestore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** The departments of the catalogue, for the department tiles. */
class DepartmentModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by Catalogue")
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        AgencyRole,
        ItemCountRole,
        MongolianNameRole ///< traditional Mongolian, in Mongolian mode; empty when none
    };
    using QAbstractListModel::QAbstractListModel;

    void reset(QList<DepartmentRow> rows, bool english);
    /** Mongolian mode: the mongolianName role is filled (departmentnames.h). */
    void setMongolian(bool on) { m_mongolian = on; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<DepartmentRow> m_rows;
    bool m_english = false;
    bool m_mongolian = false;
};

} // namespace jiujin
