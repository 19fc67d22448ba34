#include "catalogueupdate.h"

#include "cataloguebundle.h"
#include "cataloguechanges.h"
#include "catalogueservice.h"
#include "cataloguestore.h"
#include "keys.h"
#include "searchtext.h"

#include <QHash>
#include <QSet>

namespace jiujin {

namespace {

Error refused(const Error &e)
{
    qCWarning(lcCore) << "catalogue changes refused, catalogue in use kept:" << e.message;
    return e;
}

QString codeOf(const QJsonObject &o)
{
    return o.value(QLatin1String("code")).toString();
}

} // namespace

Result<qint64> CatalogueUpdate::apply(const QByteArray &body, const protocol::Key &receiptKey,
                                      const QString &actor)
{
    auto changes = protocol::openCatalogueChanges(receiptKey, body);
    if (!changes)
        return refused(changes.error());
    return apply(changes.value(), actor);
}

Result<qint64> CatalogueUpdate::apply(const protocol::CatalogueChangeSet &c, const QString &actor)
{
    CatalogueStore store(m_db);
    const qint64 current = store.sequence();
    if (c.from != 0 && c.from != current)
        return refused(
            Error{Error::Invalid,
                  QStringLiteral("the changes are for catalogue seq %1, this kiosk has seq %2")
                      .arg(c.from)
                      .arg(current)});
    const QString in = QStringLiteral("changes seq %1: ").arg(c.seq);

    if (c.from == 0) {
        // A snapshot: checked exactly as a bundle would be, then written over everything.
        if (c.departments.upserts.isEmpty() || c.items.upserts.isEmpty() ||
            c.points.upserts.isEmpty())
            return refused(
                Error{Error::Invalid,
                      in + QStringLiteral("a snapshot must list departments, items and points")});
        CatalogueSnapshot snap;
        snap.version = c.version;
        snap.sample = c.sample;
        QSet<QString> departments, items, points;
        for (qsizetype i = 0; i < c.departments.upserts.size(); ++i) {
            const QJsonObject &d = c.departments.upserts.at(i);
            auto row = departmentFromJson(
                d, in + QStringLiteral("department %1 (%2)").arg(i + 1).arg(codeOf(d)),
                departments);
            if (!row)
                return refused(row.error());
            departments.insert(row->code);
            snap.departments.append(row.value());
        }
        for (qsizetype i = 0; i < c.items.upserts.size(); ++i) {
            const QJsonObject &o = c.items.upserts.at(i);
            auto row = itemFromJson(o, in + itemLabel(QStringLiteral("item %1").arg(i + 1), o),
                                    departments, int(i));
            if (!row)
                return refused(row.error());
            row->search = searchTextFor(o);
            items.insert(row->code);
            snap.items.append(std::move(row.value()));
        }
        for (qsizetype i = 0; i < c.points.upserts.size(); ++i) {
            const QJsonObject &p = c.points.upserts.at(i);
            auto row = pointFromJson(
                p, in + QStringLiteral("point %1 (%2)").arg(i + 1).arg(codeOf(p)), items, points);
            if (!row)
                return refused(row.error());
            points.insert(row->code);
            snap.points.append(row.value());
        }
        if (auto r = store.replace(snap, m_clock(), c.seq, actor); !r)
            return refused(r.error());
        qCInfo(lcCore) << "catalogue" << c.version << "seq" << c.seq
                       << "applied as a snapshot:" << snap.items.size() << "items";
        return c.seq;
    }

    // A delta: every object is checked against the catalogue as it will be once applied.
    CatalogueDelta delta;
    delta.from = c.from;
    delta.seq = c.seq;
    delta.version = c.version;
    delta.sample = c.sample;
    delta.departmentTombstones = c.departments.tombstones;
    delta.itemTombstones = c.items.tombstones;
    delta.pointTombstones = c.points.tombstones;

    QSet<QString> departments;
    for (const DepartmentRow &d : store.departments())
        departments.insert(d.code);
    for (const QString &gone : c.departments.tombstones)
        departments.remove(gone);
    QSet<QString> seen;
    for (qsizetype i = 0; i < c.departments.upserts.size(); ++i) {
        const QJsonObject &d = c.departments.upserts.at(i);
        auto row = departmentFromJson(
            d, in + QStringLiteral("department %1 (%2)").arg(i + 1).arg(codeOf(d)), seen);
        if (!row)
            return refused(row.error());
        seen.insert(row->code);
        departments.insert(row->code);
        delta.departments.append(row.value());
    }

    QHash<QString, QString> items; // code -> department, as it will be
    for (const ItemSummary &i : store.items(QString(), QString()))
        items.insert(i.code, i.department);
    for (const QString &gone : c.items.tombstones)
        items.remove(gone);
    for (qsizetype i = 0; i < c.items.upserts.size(); ++i) {
        const QJsonObject &o = c.items.upserts.at(i);
        auto row = itemFromJson(o, in + itemLabel(QStringLiteral("item %1").arg(i + 1), o),
                                departments, 0);
        if (!row)
            return refused(row.error());
        row->search = searchTextFor(o);
        items.insert(row->code, row->department);
        delta.items.append(std::move(row.value()));
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!departments.contains(it.value()))
            return refused(
                Error{Error::Invalid,
                      in + QStringLiteral("item %1 names department %2, which the changes remove")
                               .arg(it.key(), it.value())});
    }

    QSet<QString> itemCodes;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        itemCodes.insert(it.key());
    seen.clear();
    for (qsizetype i = 0; i < c.points.upserts.size(); ++i) {
        const QJsonObject &p = c.points.upserts.at(i);
        auto row = pointFromJson(p, in + QStringLiteral("point %1 (%2)").arg(i + 1).arg(codeOf(p)),
                                 itemCodes, seen);
        if (!row)
            return refused(row.error());
        seen.insert(row->code);
        delta.points.append(row.value());
    }

    if (auto r = store.applyDelta(delta, m_clock(), actor); !r)
        return refused(r.error());
    qCInfo(lcCore) << "catalogue" << c.version << "seq" << c.seq << "applied:" << delta.items.size()
                   << "items changed," << delta.itemTombstones.size() << "removed";
    return c.seq;
}

} // namespace jiujin
