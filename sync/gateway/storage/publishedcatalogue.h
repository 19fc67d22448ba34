#pragma once

namespace jiujin::gateway {

/**
 * The published catalogue: the sequence of publishes and, per department, point and item, the
 * sequence of its last change and its object (none once removed).
 */
class PublishedCatalogue
{
public:
    virtual ~PublishedCatalogue() = default;
};

} // namespace jiujin::gateway
