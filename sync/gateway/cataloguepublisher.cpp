#include "cataloguepublisher.h"

#include "cataloguebundle.h"
#include "database.h"
#include "gatewaylog.h"
#include "provenance.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiujin {

namespace {

// The gateway's own schema (not the kiosk's catalogue tables). One row per department, point and
// item ever published: the sequence of its last change and its object, NULL once removed.
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS published_entries("
    " kind TEXT NOT NULL CHECK(kind IN ('departments','points','items')), code TEXT NOT NULL,"
    " seq INTEGER NOT NULL, position INTEGER NOT NULL, body TEXT,"
    " PRIMARY KEY(kind, code))",
    "CREATE INDEX IF NOT EXISTS published_entries_seq ON published_entries(seq)",
    "CREATE TABLE IF NOT EXISTS published_catalogue("
    " id INTEGER PRIMARY KEY CHECK(id = 1), seq INTEGER NOT NULL, version TEXT NOT NULL,"
    " sample INTEGER NOT NULL, published_at INTEGER NOT NULL)",
};

const char *const kinds[] = {"departments", "points", "items"};

struct Published
{
    qint64 seq = 0;
    QString version;
    bool sample = true;
};

std::optional<Published> header(Database &db)
{
    auto s = db.prepare("SELECT seq, version, sample FROM published_catalogue WHERE id = 1");
    if (!s.step())
        return std::nullopt;
    return Published{s.integer(0), s.text(1), s.integer(2) != 0};
}

protocol::CatalogueKindChanges &kindOf(protocol::CatalogueChangeSet &c, const QString &kind)
{
    if (kind == QLatin1String("departments"))
        return c.departments;
    if (kind == QLatin1String("points"))
        return c.points;
    return c.items;
}

} // namespace

Result<std::unique_ptr<CataloguePublisher>> CataloguePublisher::open(Database &db)
{
    for (const char *sql : schema) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return std::unique_ptr<CataloguePublisher>(new CataloguePublisher(db));
}

qint64 CataloguePublisher::sequence()
{
    const auto h = header(m_db);
    return h ? h->seq : 0;
}

Result<std::optional<QString>> CataloguePublisher::departmentOf(const QString &itemCode)
{
    auto s = m_db.prepare("SELECT body FROM published_entries WHERE kind = 'items' AND code = ?"
                          " AND body IS NOT NULL");
    s.bind(1, itemCode);
    if (!s.step()) {
        if (s.error())
            return *s.error();
        return std::optional<QString>{};
    }
    // The body is the item object as published (validated by the bundle's rules at publish).
    const QJsonObject item = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
    const QString department = item.value(QLatin1String("department")).toString();
    if (department.isEmpty())
        return std::optional<QString>{};
    return std::optional<QString>(department);
}

Result<QHash<QString, FormSchema>> CataloguePublisher::forms()
{
    auto s = m_db.prepare(
        "SELECT code, body FROM published_entries WHERE kind = 'items' AND body IS NOT NULL");
    QList<ItemRow> items;
    while (s.step()) {
        ItemRow item;
        item.code = s.text(0);
        item.guide = s.text(1).toUtf8();
        items.append(std::move(item));
    }
    if (s.error())
        return *s.error();
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

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const auto current = header(m_db);
    PublishResult result;
    result.seq = current ? current->seq : 0;
    const qint64 next = result.seq + 1;

    struct Write
    {
        QString kind, code;
        int position;
        QByteArray body; // empty: a tombstone
    };
    QList<Write> writes;
    QList<Write> moves; // only the position changed: written with a new sequence, if there is one
    for (const char *kind : kinds) {
        QHash<QString, QString> live; // code -> compact JSON as published
        auto s = m_db.prepare("SELECT code, body, position FROM published_entries WHERE kind = ? "
                              "AND body IS NOT NULL");
        s.bind(1, QLatin1String(kind));
        QHash<QString, qint64> positions;
        while (s.step()) {
            live.insert(s.text(0), s.text(1));
            positions.insert(s.text(0), s.integer(2));
        }
        const QJsonArray objects = root.value(QLatin1String(kind)).toArray();
        for (int i = 0; i < objects.size(); ++i) {
            const QJsonObject o = objects.at(i).toObject();
            const QString code = o.value(QLatin1String("code")).toString();
            // QJsonObject keeps its keys sorted, so equal objects give equal compact text.
            const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            const auto was = live.constFind(code);
            if (was == live.constEnd() || was.value() != QString::fromUtf8(body))
                writes.append({QLatin1String(kind), code, i, body});
            else if (positions.value(code) != i)
                moves.append({QLatin1String(kind), code, i, body});
            live.remove(code);
        }
        for (auto it = live.cbegin(); it != live.cend(); ++it)
            writes.append({QLatin1String(kind), it.key(), 0, {}});
    }
    const bool headerChanged =
        !current || current->version != parsed->version || current->sample != parsed->sample;
    if (writes.isEmpty() && !headerChanged)
        return result;

    auto put = m_db.prepare(
        "INSERT INTO published_entries(kind, code, seq, position, body) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(kind, code) DO UPDATE SET seq = excluded.seq,"
        " position = excluded.position, body = excluded.body");
    for (const Write &w : writes) {
        put.bind(1, w.kind).bind(2, w.code).bind(3, next).bind(4, qint64(w.position));
        if (w.body.isEmpty()) {
            put.bindNull(5);
            ++result.tombstones;
        } else {
            put.bind(5, QString::fromUtf8(w.body));
            ++result.upserts;
        }
        if (auto r = put.run(); !r)
            return r.error();
        put.reset();
    }
    // A new order alone is no change for a kiosk that has the items; a snapshot uses it.
    auto move =
        m_db.prepare("UPDATE published_entries SET position = ? WHERE kind = ? AND code = ?");
    for (const Write &w : moves) {
        move.bind(1, qint64(w.position)).bind(2, w.kind).bind(3, w.code);
        if (auto r = move.run(); !r)
            return r.error();
        move.reset();
    }
    auto meta =
        m_db.prepare("INSERT INTO published_catalogue(id, seq, version, sample, published_at)"
                     " VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq,"
                     " version = excluded.version, sample = excluded.sample,"
                     " published_at = excluded.published_at");
    meta.bind(1, next)
        .bind(2, parsed->version)
        .bind(3, qint64(parsed->sample))
        .bind(4, now.toSecsSinceEpoch());
    if (auto r = meta.run(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    result.seq = next;
    result.changed = true;
    qCInfo(lcGateway) << "catalogue" << parsed->version << "published as seq" << next << ":"
                      << result.upserts << "upserts," << result.tombstones << "tombstones";
    return result;
}

Result<CatalogueAnswer> CataloguePublisher::changesSince(qint64 since)
{
    CatalogueAnswer answer;
    const auto h = header(m_db);
    if (!h)
        return answer; // None
    if (since == h->seq) {
        answer.kind = CatalogueAnswer::Kind::UpToDate;
        return answer;
    }
    if (since < 0 || since > h->seq) {
        answer.kind = CatalogueAnswer::Kind::Snapshot;
        return answer;
    }
    answer.kind = CatalogueAnswer::Kind::Changes;
    protocol::CatalogueChangeSet &c = answer.changes;
    c.from = since;
    c.seq = h->seq;
    c.version = h->version;
    c.sample = h->sample;
    // Tombstones are never purged, so every since in 1..seq has its delta.
    auto s =
        since == 0
            ? m_db.prepare("SELECT kind, code, body FROM published_entries WHERE body IS NOT NULL"
                           " ORDER BY kind, position, code")
            : m_db.prepare("SELECT kind, code, body FROM published_entries WHERE seq > ?"
                           " ORDER BY kind, position, code");
    if (since > 0)
        s.bind(1, since);
    while (s.step()) {
        protocol::CatalogueKindChanges &k = kindOf(c, s.text(0));
        if (s.isNull(2)) {
            k.tombstones.append(s.text(1));
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(s.text(2).toUtf8());
        if (!doc.isObject())
            return Error{Error::Corrupt,
                         QStringLiteral("published entry %1 is not an object").arg(s.text(1))};
        k.upserts.append(doc.object());
    }
    if (s.error())
        return *s.error();
    return answer;
}

} // namespace jiujin
