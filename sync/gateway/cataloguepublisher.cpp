#include "cataloguepublisher.h"

#include "cataloguebundle.h"
#include "centralstorage.h"
#include "gatewaylog.h"
#include "provenance.h"
#include "publishedcatalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

using gateway::CatalogueKind;
using gateway::PublishedEntry;
using gateway::PublishedHeader;

namespace {

struct KindName
{
    CatalogueKind kind;
    const char *name; // the bundle's list
};
const KindName kinds[] = {
    {CatalogueKind::Departments, "departments"},
    {CatalogueKind::Points, "points"},
    {CatalogueKind::Items, "items"},
};

protocol::CatalogueKindChanges &kindOf(protocol::CatalogueChangeSet &c, CatalogueKind kind)
{
    switch (kind) {
    case CatalogueKind::Departments:
        return c.departments;
    case CatalogueKind::Points:
        return c.points;
    case CatalogueKind::Items:
        break;
    }
    return c.items;
}

} // namespace

Result<qint64> CataloguePublisher::publishedSequence()
{
    auto h = m_storage.catalogue().header();
    if (!h)
        return h.error();
    return h->has_value() ? h->value().seq : qint64(0);
}

qint64 CataloguePublisher::sequence()
{
    auto seq = publishedSequence();
    return seq ? seq.value() : 0;
}

Result<std::optional<QString>> CataloguePublisher::departmentOf(const QString &itemCode)
{
    auto entry = m_storage.catalogue().liveEntry(CatalogueKind::Items, itemCode);
    if (!entry)
        return entry.error();
    if (!entry->has_value())
        return std::optional<QString>{};
    // The body is the item object as published (validated by the bundle's rules at publish).
    const QJsonObject item = QJsonDocument::fromJson(*entry->value().body).object();
    const QString department = item.value(QLatin1String("department")).toString();
    if (department.isEmpty())
        return std::optional<QString>{};
    return std::optional<QString>(department);
}

Result<QHash<QString, FormSchema>> CataloguePublisher::forms()
{
    auto live = m_storage.catalogue().live(CatalogueKind::Items);
    if (!live)
        return live.error();
    QList<ItemRow> items;
    for (const PublishedEntry &e : live.value()) {
        ItemRow item;
        item.code = e.code;
        item.guide = e.body.value_or(QByteArray());
        items.append(std::move(item));
    }
    auto forms = formsOf(items);
    if (!forms) // every form was checked at publish: the stored body was damaged since
        return Error{Error::Corrupt, QStringLiteral("published ") + forms.error().message};
    return forms;
}

Result<QHash<QString, FormSchema>> CataloguePublisher::formsOf(const QList<ItemRow> &items)
{
    QHash<QString, FormSchema> forms;
    for (const ItemRow &item : items) {
        const QJsonObject object = QJsonDocument::fromJson(item.guide).object();
        auto form = FormSchema::fromJson(object.value(QLatin1String("form")).toArray());
        if (!form)
            return Error{Error::Invalid,
                         QStringLiteral("%1: %2").arg(item.code, form.error().message)};
        forms.insert(item.code, form.value());
    }
    return forms;
}

Result<PublishResult> CataloguePublisher::publish(const QByteArray &bundle, const QDateTime &now)
{
    // The kiosk's own rules: what central publishes, every kiosk will accept.
    auto parsed = parseCatalogueBundle(bundle);
    if (!parsed)
        return parsed.error();
    const QJsonObject root = QJsonDocument::fromJson(bundle).object();
    // Central publishes only guides whose legal basis has a source and whose review is recorded
    // (a kiosk imports either, for bundles made before provenance).
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString problem = Provenance::from(item).publishProblem();
        if (!problem.isEmpty())
            return Error{Error::Invalid, itemLabel(QStringLiteral("item %1").arg(i + 1), item) +
                                             QStringLiteral(": ") + problem};
    }

    gateway::PublishedCatalogue &published = m_storage.catalogue();
    auto tx = m_storage.begin();
    if (!tx)
        return tx.error();
    auto current = published.header();
    if (!current)
        return current.error();
    PublishResult result;
    result.seq = current->has_value() ? current->value().seq : 0;
    const qint64 next = result.seq + 1;

    QList<PublishedEntry> writes;
    QList<PublishedEntry> moves; // only the position changed: written with a new sequence, if any
    for (const KindName &k : kinds) {
        auto stored = published.live(k.kind);
        if (!stored)
            return stored.error();
        QHash<QString, const PublishedEntry *> live; // code -> the entry as published
        for (const PublishedEntry &e : stored.value())
            live.insert(e.code, &e);
        const QJsonArray objects = root.value(QLatin1String(k.name)).toArray();
        for (int i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects.at(i).toObject();
            const QString code = o.value(QLatin1String("code")).toString();
            // QJsonObject keeps its keys sorted, so equal objects give equal compact text.
            const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            const auto was = live.constFind(code);
            if (was == live.constEnd() || was.value()->body != body)
                writes.append({k.kind, code, next, i, body});
            else if (was.value()->position != i)
                moves.append({k.kind, code, was.value()->seq, i, body});
            live.remove(code);
        }
        for (auto it = live.cbegin(); it != live.cend(); ++it)
            writes.append({k.kind, it.key(), next, 0, std::nullopt});
    }
    const bool headerChanged = !current->has_value() ||
                               current->value().version != parsed->version ||
                               current->value().sample != parsed->sample;
    if (writes.isEmpty() && !headerChanged)
        return result;

    for (const PublishedEntry &w : writes) {
        if (auto r = published.put(w); !r)
            return r.error();
        if (w.body)
            ++result.upserts;
        else
            ++result.tombstones;
    }
    // A new order alone is no change for a kiosk that has the items; a snapshot uses it.
    for (const PublishedEntry &w : moves) {
        if (auto r = published.move(w.kind, w.code, w.position); !r)
            return r.error();
    }
    PublishedHeader header;
    header.seq = next;
    header.version = parsed->version;
    header.sample = parsed->sample;
    header.publishedAt = now;
    if (auto r = published.setHeader(header); !r)
        return r.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    result.seq = next;
    result.changed = true;
    qCInfo(lcGateway) << "catalogue" << parsed->version << "published as seq" << next << ":"
                      << result.upserts << "upserts," << result.tombstones << "tombstones";
    return result;
}

Result<CatalogueAnswer> CataloguePublisher::changesSince(qint64 since)
{
    // The header and the entries from one state, so that a publish meanwhile cannot give a
    // sequence that does not match the changes.
    auto tx = m_storage.begin(gateway::Access::Snapshot);
    if (!tx)
        return tx.error();
    gateway::PublishedCatalogue &published = m_storage.catalogue();
    CatalogueAnswer answer;
    auto h = published.header();
    if (!h)
        return h.error();
    if (!h->has_value())
        return answer; // None
    const PublishedHeader &header = h->value();
    if (since == header.seq) {
        answer.kind = CatalogueAnswer::Kind::UpToDate;
        return answer;
    }
    if (since < 0 || since > header.seq) {
        answer.kind = CatalogueAnswer::Kind::Snapshot;
        return answer;
    }
    answer.kind = CatalogueAnswer::Kind::Changes;
    protocol::CatalogueChangeSet &c = answer.changes;
    c.from = since;
    c.seq = header.seq;
    c.version = header.version;
    c.sample = header.sample;
    // Tombstones are never purged, so every since in 1..seq has its delta.
    auto entries = since == 0 ? published.snapshot() : published.changedAfter(since);
    if (!entries)
        return entries.error();
    if (auto r = tx.value()->commit(); !r)
        return r.error();
    for (const PublishedEntry &e : entries.value()) {
        protocol::CatalogueKindChanges &k = kindOf(c, e.kind);
        if (!e.body) {
            k.tombstones.append(e.code);
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(*e.body);
        if (!doc.isObject())
            return Error{Error::Corrupt,
                         QStringLiteral("published entry %1 is not an object").arg(e.code)};
        k.upserts.append(doc.object());
    }
    return answer;
}

} // namespace jiujin
