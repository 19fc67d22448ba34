#include "provenance.h"

#include <QJsonArray>

namespace jiujin {

Provenance::State Provenance::stateFrom(const QString &name)
{
    if (name == QLatin1String("checked"))
        return State::Checked;
    if (name == QLatin1String("confirmed"))
        return State::Confirmed;
    return State::Draft;
}

QString Provenance::stateName(State state)
{
    switch (state) {
    case State::Checked:
        return QStringLiteral("checked");
    case State::Confirmed:
        return QStringLiteral("confirmed");
    case State::Draft:
        break;
    }
    return QStringLiteral("draft");
}

bool Provenance::isLegalKind(const QString &kind)
{
    return kind == QLatin1String("law") || kind == QLatin1String("policy") ||
           kind == QLatin1String("local");
}

Provenance Provenance::from(const QJsonObject &item)
{
    Provenance p;
    for (const auto &v : item.value(QLatin1String("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        Source s{o.value(QLatin1String("kind")).toString(),
                 o.value(QLatin1String("title")).toString(),
                 o.value(QLatin1String("doc_no")).toString(),
                 o.value(QLatin1String("edition")).toString(),
                 o.value(QLatin1String("url")).toString(),
                 o.value(QLatin1String("note")).toString(),
                 {}};
        for (const auto &a : o.value(QLatin1String("articles")).toArray())
            s.articles.append(a.toInt());
        p.sources.append(s);
    }
    const QJsonObject review = item.value(QLatin1String("review")).toObject();
    p.reviewed = !review.isEmpty();
    p.state = stateFrom(review.value(QLatin1String("state")).toString());
    p.by = review.value(QLatin1String("by")).toString();
    p.date = QDate::fromString(review.value(QLatin1String("date")).toString(), Qt::ISODate);
    const QJsonObject note = review.value(QLatin1String("note")).toObject();
    p.noteZh = note.value(QLatin1String("zh")).toString();
    p.noteEn = note.value(QLatin1String("en")).toString();
    return p;
}

QString Provenance::publishProblem() const
{
    bool legal = false;
    for (const Source &s : sources)
        legal = legal || isLegalKind(s.kind);
    if (!legal)
        return QStringLiteral("field \"sources\" must name at least one law, policy or local "
                              "document for the item's legal basis");
    if (!reviewed)
        return QStringLiteral("field \"review\" must record the item's review state");
    return {};
}

} // namespace jiujin
