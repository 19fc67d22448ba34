#pragma once

#include "bookingrecords.h"

namespace jiujin::gateway {

class PgDatabase;

/** BookingRecords in central's PostgreSQL database (tables of migrations/001_central.sql). */
class PgBookingRecords final : public BookingRecords
{
public:
    explicit PgBookingRecords(PgDatabase &db) : m_db(db) {}

    Result<std::optional<PlanRow>> plan(const QString &point) override;
    Result<void> putPlan(const PlanRow &plan) override;
    Result<QStringList> groups(const QString &point) override;
    Result<void> setGroups(const QString &point, const QStringList &groups) override;
    Result<bool> knownPoint(const QString &point) override;

    Result<bool> markDay(const QString &point, QDate day) override;
    Result<void> addSlot(const SlotRow &slot) override;
    Result<std::optional<SlotRow>> slot(const QString &id) override;
    Result<QList<SlotRow>> slotsStarting(const QString &point, const QDateTime &from,
                                         const QDateTime &to) override;
    Result<QList<SlotRow>> slotsAfter(const QString &point, const QDateTime &after) override;
    Result<void> setSlotCapacity(const QString &id, int capacity) override;

    Result<std::optional<LeaseRow>> lease(const QString &device, const QString &slot) override;
    Result<void> setLeaseSeats(const QString &device, const QString &slot, int seats,
                               const QDateTime &expiresAt, const QDateTime &now) override;
    Result<void> settleLease(const QString &device, const QString &slot, int used,
                             std::optional<int> confirmed, const QDateTime &expiresAt,
                             const QDateTime &now) override;
    Result<QList<LeaseAccount>> leaseAccounts(const QString &slot) override;
    Result<LeaseSeen> seen(const QString &device, const QString &slot) override;

    Result<int> otherBookings(const QString &slot) override;
    Result<std::optional<BookingRow>> bookingByRef(const QString &device,
                                                   const QString &ref) override;
    Result<std::optional<BookingRow>> booking(const QString &device, const QString &id) override;
    Result<void> addBooking(const BookingRow &booking) override;
    Result<void> cancelBooking(const QString &device, const QString &id,
                               const QDateTime &at) override;
    Result<QList<BookingRow>> bookingsFrom(const QString &point,
                                           const std::optional<QDateTime> &since) override;

    Result<bool> cataloguePublished() override;
    Result<std::optional<QString>> publishedDepartmentOf(const QString &item) override;

    Result<bool> addCancelRequest(const CancelRequestRow &row) override;
    Result<QList<CancelRequestRow>> openCancelRequests(const QString &device,
                                                       const QDateTime &after, int limit) override;
    Result<QList<CancelRequestRow>> cancelRequestsStarting(const QString &point,
                                                           const QDateTime &from,
                                                           const QDateTime &to) override;
    Result<std::optional<AttendanceRow>> attendance(const QString &device,
                                                    const QString &booking) override;
    Result<void> addAttendance(const AttendanceRow &row) override;
    Result<QList<AttendanceRow>> attendancesStarting(const QString &point, const QDateTime &from,
                                                     const QDateTime &to) override;
    Result<void> noteFeature(const QString &device, const QString &feature,
                             const QDateTime &at) override;
    Result<bool> hasFeature(const QString &device, const QString &feature) override;

    Result<void> addLegacyChannelToken(const QString &hash, const QDateTime &createdAt) override;
    Result<bool> legacyChannelTokenExists(const QString &hash) override;

private:
    /** In a write transaction: the point's slot lock (transaction-scoped), before any of its
     *  slot rows, so slots are always locked point first (DESIGN §11c). */
    Result<void> lockPointOf(const QString &slotId);
    Result<void> lockPoint(const QString &point);
    PgDatabase &m_db;
};

} // namespace jiujin::gateway
