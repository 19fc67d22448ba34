#pragma once

#include <QtGlobal>

/*
 * Every size bound of sync protocol v1 (PROTOCOL.md) in one place: what a body or a field may be
 * before a decoder refuses it. Generous for honest peers, small enough that hostile input stays
 * cheap. Both ends, every codec and gzip read them from here, so that a limit is changed once.
 * Bounds that are rules of one message's domain (days of slots, seats, pins, catalogue entries)
 * stay with that message.
 */
namespace jiujin::protocol {

// ---- Bodies ------------------------------------------------------------------------------------

/** Most records in one POST /v1/submissions (and results in its answer). */
inline constexpr qsizetype maxBatchRecords = 100;
/** A client fills a batch up to this many body bytes (PROTOCOL.md: 1 MB) ... */
inline constexpr qsizetype maxBatchBytes = 1024 * 1024;
/** ... but a single record bigger than that (several photos) goes alone, up to this size; it is
 *  also the decoders' and gunzip's bound. */
inline constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;
/** A v2 batch (PROTOCOL.md, "Batches, protocol v2") may hold this many records and a client
 *  fills it up to maxBatchBytesV2; a kiosk sends that much only after central answered v2 (a
 *  central before v2 refuses more than maxBatchRecords). Bounded so that one batch holds
 *  central's write lock for a fraction of a second. */
inline constexpr qsizetype maxBatchRecordsV2 = 500;
inline constexpr qsizetype maxBatchBytesV2 = 4 * 1024 * 1024;
/** Most pictures the records of one batch carry between them. The kiosk uploads a batch's
 *  pictures before the batch, and each stays an open upload at central until its record is
 *  stored; central allows 2,000 open uploads a device by default (DeviceQuotas), sized for v1's
 *  worst batch (100 records of 20 pictures). A v2 batch of 500 such records would pass that quota
 *  and stall the kiosk for ever, so a client ends a batch here: half the default, so a device
 *  whose quota an operator halved still drains. */
inline constexpr qsizetype maxBatchAttachments = 1000;
/** The answer to POST /v1/submissions: up to maxBatchRecordsV2 results of a few hundred bytes
 *  (a reason for staff may be longer). */
inline constexpr qsizetype maxBatchResultBytes = 2 * 1024 * 1024;
/** Enrollment, renewal, heartbeat and upload creation: a CSR or certificates and a few fields. */
inline constexpr qsizetype maxSmallBodyBytes = 64 * 1024;
/** A lease request (512 entries of ~100 bytes); its answer may be twice this. */
inline constexpr qsizetype maxLeaseBodyBytes = 256 * 1024;
/** A channel booking request or its answer: a slot id and a reference. */
inline constexpr qsizetype maxChannelBookingBytes = 4096;
/** The signed text of a slot list (what is signed, before it travels as a JSON string). */
inline constexpr qsizetype maxSlotsText = 512 * 1024;
/** The signed text of a catalogue change set (and of the 200 body around it, base64 signature
 *  aside). */
inline constexpr qsizetype maxCatalogueText = 8 * 1024 * 1024;

// ---- Uploads -----------------------------------------------------------------------------------

/** Most bytes of one attachment upload (a sealed part, PROTOCOL.md: 16 MiB). */
inline constexpr qint64 maxUploadLength = 16 * 1024 * 1024;
/** Most bytes of one PATCH to an upload (PROTOCOL.md: 256 KiB); the kiosk sends chunks this big. */
inline constexpr qsizetype maxUploadChunk = 256 * 1024;
/** Most attachments of one record (indexes 0..maxAttachments-1). */
inline constexpr qsizetype maxAttachments = 64;

// ---- Fields ------------------------------------------------------------------------------------

/** A signature's raw bytes: Ed25519 64, SM2 DER <= 72. */
inline constexpr qsizetype maxSignatureBytes = 256;
/** A PEM text (a key, a CSR, a certificate chain). */
inline constexpr qsizetype maxPemBytes = 16 * 1024;
/** A record's metadata JSON text (RECORD.md metadata is ~400 bytes). */
inline constexpr qsizetype maxMetaBytes = 8 * 1024;
/** A record's key header (intl 86 bytes, gm ~200). */
inline constexpr qsizetype maxKeyHeaderBytes = 1024;
/** An enrollment token, in characters. */
inline constexpr qsizetype maxTokenLength = 256;
/** Ids, versions, receipt numbers, timestamps, in characters. */
inline constexpr qsizetype maxShortText = 128;
/** Reasons and errors written for staff, in characters. */
inline constexpr qsizetype maxStaffText = 1000;
/** One signed request header's value (PROTOCOL.md, request signing). */
inline constexpr qsizetype maxSignedHeaderBytes = 1024;
/** The largest whole number a JSON double holds exactly (2^53): counts and sequence numbers. */
inline constexpr double maxJsonWholeNumber = 9007199254740992.0;

} // namespace jiujin::protocol
