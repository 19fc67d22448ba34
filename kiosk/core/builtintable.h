#pragma once

#include <QFile>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace jiujin {

/**
 * A table built into the program as a resource, read with T::parse(); an empty T (and a warning
 * naming @p what) when it is missing or does not read, so that the program still starts.
 */
template <typename T> T builtinTable(const QString &resource, const char *what)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCore) << what << "missing from the resources";
        return T();
    }
    auto parsed = T::parse(file.readAll());
    if (!parsed) {
        qCWarning(lcCore) << what << "damaged:" << parsed.error().message;
        return T();
    }
    return std::move(parsed.value());
}

} // namespace jiujin
