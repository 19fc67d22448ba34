#include "cataloguechanges.h"

#include "jsonfields.h"
#include "keys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace jiujin::protocol {

namespace {

constexpr qsizetype maxCode = 128; // item codes are 33 characters, points 15
constexpr qsizetype maxVersion = 128;
constexpr int maxDepth = 16; // the bundle nests 4 deep (item.form[].options[].label)

using json::invalid;
using json::parseObject;

// Numbers must survive encode -> decode unchanged (what is signed is what is applied) and nothing
// may nest so deep that walking it is costly.
bool plainValue(const QJsonValue &v, int depth)
{
    if (depth > maxDepth)
        return false;
    if (v.isDouble())
        return std::isfinite(v.toDouble());
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (!plainValue(e, depth + 1))
                return false;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!plainValue(it.value(), depth + 1))
                return false;
        }
    }
    return true;
}

Result<qint64> sequence(const QJsonObject &o, const char *key)
{
    return json::wholeNumber(o, key, QLatin1String(key), maxJsonWholeNumber,
                             "not a whole number from 0 to 2^53");
}

Result<QString> shortString(const QJsonObject &o, const char *key, qsizetype maxSize)
{
    return json::string(o, key, QLatin1String(key), maxSize, true);
}

Result<CatalogueKindChanges> decodeKind(const QJsonObject &root, const char *kind, bool snapshot)
{
    const QString path = QLatin1String(kind);
    const QJsonValue v = root.value(path);
    if (v.isUndefined())
        return invalid(path, "missing");
    if (!v.isObject())
        return invalid(path, "not an object");
    const QJsonObject o = v.toObject();
    const QJsonValue up = o.value(QLatin1String("upserts"));
    const QJsonValue tomb = o.value(QLatin1String("tombstones"));
    if (!up.isArray())
        return invalid(path + QStringLiteral(".upserts"), "not an array");
    if (!tomb.isArray())
        return invalid(path + QStringLiteral(".tombstones"), "not an array");
    const QJsonArray upserts = up.toArray();
    const QJsonArray tombstones = tomb.toArray();
    if (upserts.size() > maxCatalogueEntries || tombstones.size() > maxCatalogueEntries)
        return invalid(path, "too many entries");
    if (snapshot && !tombstones.isEmpty())
        return invalid(path + QStringLiteral(".tombstones"), "not empty in a snapshot (from 0)");

    CatalogueKindChanges out;
    QSet<QString> codes;
    out.upserts.reserve(upserts.size());
    for (qsizetype i = 0; i < upserts.size(); ++i) {
        const QString at = QStringLiteral("%1.upserts[%2]").arg(path).arg(i);
        if (!upserts.at(i).isObject())
            return invalid(at, "not an object");
        const QJsonObject entry = upserts.at(i).toObject();
        auto code = shortString(entry, "code", maxCode);
        if (!code)
            return invalid(at + QStringLiteral(".code"), "not a code");
        if (codes.contains(code.value()))
            return invalid(at + QStringLiteral(".code"), "repeated");
        if (!plainValue(entry, 0))
            return invalid(at, "nested too deep or a number out of range");
        codes.insert(code.value());
        out.upserts.append(entry);
    }
    QSet<QString> gone;
    for (qsizetype i = 0; i < tombstones.size(); ++i) {
        const QString at = QStringLiteral("%1.tombstones[%2]").arg(path).arg(i);
        const QJsonValue t = tombstones.at(i);
        if (!t.isString() || t.toString().trimmed().isEmpty() || t.toString().size() > maxCode)
            return invalid(at, "not a code");
        if (codes.contains(t.toString()) || gone.contains(t.toString()))
            return invalid(at, "repeated");
        gone.insert(t.toString());
        out.tombstones.append(t.toString());
    }
    return out;
}

QJsonObject encodeKind(const CatalogueKindChanges &k)
{
    QJsonArray upserts, tombstones;
    for (const QJsonObject &o : k.upserts)
        upserts.append(o);
    for (const QString &c : k.tombstones)
        tombstones.append(c);
    return {{QStringLiteral("upserts"), upserts}, {QStringLiteral("tombstones"), tombstones}};
}

} // namespace

QByteArray encode(const CatalogueChangeSet &c)
{
    const QJsonObject o{{QStringLiteral("from"), double(c.from)},
                        {QStringLiteral("seq"), double(c.seq)},
                        {QStringLiteral("version"), c.version},
                        {QStringLiteral("sample"), c.sample},
                        {QStringLiteral("departments"), encodeKind(c.departments)},
                        {QStringLiteral("points"), encodeKind(c.points)},
                        {QStringLiteral("items"), encodeKind(c.items)}};
    return json::compact(o);
}

Result<CatalogueChangeSet> decodeCatalogueChangeSet(QByteArrayView text)
{
    auto root = parseObject(text, maxCatalogueText, QStringLiteral("changes"));
    if (!root)
        return root.error();
    const QJsonObject &o = root.value();
    CatalogueChangeSet c;
    auto from = sequence(o, "from");
    if (!from)
        return from.error();
    auto seq = sequence(o, "seq");
    if (!seq)
        return seq.error();
    if (seq.value() <= from.value())
        return invalid(QStringLiteral("seq"), "not after from");
    c.from = from.value();
    c.seq = seq.value();
    auto version = shortString(o, "version", maxVersion);
    if (!version)
        return version.error();
    c.version = version.value();
    if (!o.value(QLatin1String("sample")).isBool())
        return invalid(QStringLiteral("sample"), "not true or false");
    c.sample = o.value(QLatin1String("sample")).toBool();
    const bool snapshot = c.from == 0;
    for (auto [kind, target] : {std::pair{"departments", &c.departments},
                                std::pair{"points", &c.points}, std::pair{"items", &c.items}}) {
        auto k = decodeKind(o, kind, snapshot);
        if (!k)
            return k.error();
        *target = std::move(k.value());
    }
    return c;
}

QByteArray encode(const SignedCatalogueChanges &body)
{
    const QJsonObject o{
        {QStringLiteral("changes"), QString::fromUtf8(body.changes)},
        {QStringLiteral("signature"), QString::fromLatin1(body.signature.toBase64())}};
    return json::compact(o);
}

Result<SignedCatalogueChanges> decodeCatalogueChanges(QByteArrayView body)
{
    // The text travels as a JSON string: escaping its quotes and backslashes at most doubles it.
    auto root = parseObject(body, 2 * maxCatalogueText + 4096, QStringLiteral("body"));
    if (!root)
        return root.error();
    SignedCatalogueChanges out;
    auto changes = json::signedText(root.value(), "changes", maxCatalogueText);
    if (!changes)
        return changes.error();
    out.changes = changes.value();
    auto signature = json::signature(root.value(), maxSignatureBytes);
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

QByteArray catalogueSigningInput(QByteArrayView changesText)
{
    QByteArray input(catalogueSigningContext);
    input.append(changesText);
    return input;
}

Result<SignedCatalogueChanges> signCatalogueChanges(const Key &receiptKey,
                                                    const CatalogueChangeSet &changes)
{
    SignedCatalogueChanges out;
    out.changes = encode(changes);
    auto signature = sign(receiptKey, catalogueSigningInput(out.changes));
    if (!signature)
        return signature.error();
    out.signature = signature.value();
    return out;
}

Result<CatalogueChangeSet> openCatalogueChanges(const Key &receiptKey, QByteArrayView body)
{
    auto signedChanges = decodeCatalogueChanges(body);
    if (!signedChanges)
        return signedChanges.error();
    if (!verify(receiptKey, catalogueSigningInput(signedChanges->changes),
                signedChanges->signature))
        return Error{Error::Corrupt,
                     QStringLiteral("catalogue changes: central's signature does not verify")};
    return decodeCatalogueChangeSet(signedChanges->changes);
}

} // namespace jiujin::protocol
