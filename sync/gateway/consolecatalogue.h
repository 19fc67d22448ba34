#pragma once

#include "publishedcatalogue.h"
#include "result.h"

#include <QJsonObject>

namespace jiujin::gateway {

/**
 * The names the web console shows beside codes (GET /v1/operator/catalogue): departments,
 * service points and items of the published catalogue, each with its name in Chinese and
 * English, and for items the materials (with their 容缺 / 告知承诺 marks) a 补正 can ask for.
 * Catalogue data only, never anything of an application.
 */
class ConsoleCatalogue
{
public:
    /** The names in @p published, in the bundle's order; empty lists when nothing is published.
     *  A storage error is an Error (the console then says so, it never shows bare codes as if
     *  the catalogue were empty). */
    static Result<QJsonObject> build(PublishedCatalogue &published);
};

} // namespace jiujin::gateway
