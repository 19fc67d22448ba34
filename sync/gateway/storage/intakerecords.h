#pragma once

namespace jiujin::gateway {

/**
 * Records received from kiosks, receipt numbering, attachment uploads and per-device usage.
 */
class IntakeRecords
{
public:
    virtual ~IntakeRecords() = default;
};

} // namespace jiujin::gateway
