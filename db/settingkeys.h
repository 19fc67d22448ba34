#pragma once

/**
 * Every key of the kiosk's settings (the kiosk_settings table CatalogueStore keeps): the one list,
 * so that no process spells a key as a string literal of its own. Grouped by who writes them.
 */
namespace jiujin {

/** Written by the technician's configuration (KioskConfigService, jiujinctl config). */
namespace kiosksetting {
inline constexpr char point[] = "point";              ///< code of the service point it stands at
inline constexpr char kioskNumber[] = "kiosk.number"; ///< 2 digits, unique within the township
inline constexpr char centralKey[] = "central.public_key"; ///< SPKI PEM records are sealed to
inline constexpr char printer[] = "printer";               ///< cups:NAME, file:DIR or empty
inline constexpr char retentionDays[] = "outbox.retention_days";
/** Voice guidance at the start of each visit: on (the 🔊 button), off, or elder (every screen
 *  read by itself); empty is on. */
inline constexpr char voice[] = "voice";
} // namespace kiosksetting

/** Written by jiujin-syncd: enrollment, renewal and each exchange with central. */
namespace syncsetting {
inline constexpr char deviceId[] = "sync.device_id";
inline constexpr char gateway[] = "sync.gateway";
inline constexpr char pins[] =
    "sync.pins"; ///< "sha256//A;sha256//B", as CURLOPT_PINNEDPUBLICKEY takes them
inline constexpr char suite[] = "sync.suite";
inline constexpr char point[] = "sync.point";
inline constexpr char keysDir[] = "sync.keys_dir";
inline constexpr char receiptKey[] = "sync.receipt_key";
inline constexpr char centralKey[] = "central.public_key";
inline constexpr char clockOffset[] =
    "sync.clock_offset_s"; ///< central time minus kiosk time, seconds
inline constexpr char lastSuccess[] =
    "sync.last_success";                               ///< ISO 8601 UTC of the last good exchange
inline constexpr char lastError[] = "sync.last_error"; ///< no PII: transport or server error text
inline constexpr char lastErrorAt[] = "sync.last_error_at";
/** Central's time minus the kiosk's, seconds, while the last failure is a certificate that is not
 *  valid at the kiosk's time (its clock is wrong); empty otherwise. The staff board shows it. */
inline constexpr char clockSkew[] = "sync.clock_skew_s";
/** ISO 8601 UTC of the last "sync now" request (staff's button, jiujinctl sync now): a change
 *  ends jiujin-syncd's backoff. */
inline constexpr char nudgedAt[] = "sync.nudge_at";
} // namespace syncsetting

/** Written with the catalogue (CatalogueStore). */
namespace cataloguesetting {
/** Central's sequence of the catalogue in use; 0 (or absent) for a bundle imported locally. */
inline constexpr char seq[] = "catalogue.seq";
/** Bumped by every change of the catalogue, for caches in other processes (the kiosk UI). */
inline constexpr char generation[] = "catalogue.generation";
} // namespace cataloguesetting

/** Written by jiujin-syncd with the case updates it applies (CaseStatusStore). */
namespace casesetting {
inline constexpr char seq[] = "cases.seq";         ///< central's case sequence applied last
inline constexpr char figures[] = "cases.figures"; ///< the point's figures, compact JSON
} // namespace casesetting

/** Written by jiujin-syncd with the working calendar central sent down (CalendarStore). */
namespace calendarsetting {
inline constexpr char document[] = "calendar.document";    ///< the signed text, as received
inline constexpr char signature[] = "calendar.signature";  ///< central's signature (base64)
inline constexpr char version[] = "calendar.version";      ///< its ETag (32 hex digits)
inline constexpr char checkedAt[] = "calendar.checked_at"; ///< last answer (ISO UTC)
} // namespace calendarsetting

/** Written with every audit entry (AuditLog): "SEQ HASH" of the newest, the chain's head. */
namespace auditsetting {
inline constexpr char head[] = "audit.head";
} // namespace auditsetting

} // namespace jiujin
