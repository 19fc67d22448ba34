#pragma once

#include "cataloguestore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace jiujin {

/** A list of items (a department's, or search results) with where to go for those not handled here.
 */
class ItemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by Catalogue")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        HandledHereRole,
        WhereRole,
        MongolianNameRole ///< `name.mn` of the bundle, in Mongolian mode; empty when none
    };
    struct Row
    {
        ItemSummary item;
        QString where; ///< for items not handled here: the nearest place that handles them
    };
    using QAbstractListModel::QAbstractListModel;

    void reset(QList<Row> rows, bool english);
    /** Code -> Mongolian name, used from the next reset() on (empty outside Mongolian mode). */
    void setMongolianNames(QHash<QString, QString> names) { m_mongolian = std::move(names); }
    int count() const { return int(m_rows.size()); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
    bool m_english = false;
    QHash<QString, QString> m_mongolian;
};

} // namespace jiujin
