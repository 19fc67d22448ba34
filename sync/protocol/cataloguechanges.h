#pragma once

#include "protocollimits.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/*
 * GET /v1/catalogue/changes (PROTOCOL.md, "Catalogue"). Central answers a change set as compact
 * JSON text and signs that text as sent (no canonicalisation); the 200 body carries the text as a
 * JSON string beside the signature. Decoders take bytes from the network: bounded, strict, and an
 * Error{Error::Invalid, "field: what is wrong"} instead of a crash. The objects inside are checked
 * here only for shape (an object with a code); the kiosk validates their fields as it does a
 * bundle's before applying anything.
 */
namespace jiujin::protocol {

class Key;

/** The prefix of the bytes central signs: the change-set text follows it. */
inline constexpr char catalogueSigningContext[] = "jiujin-catalogue-v1\n";
/** Most entries in one list (upserts or tombstones of one kind). */
inline constexpr qsizetype maxCatalogueEntries = 20000;

/** What changed for one kind (departments, points or items). */
struct CatalogueKindChanges
{
    QList<QJsonObject> upserts; ///< objects as in the bundle (db/seed/FORMAT.md), distinct codes
    QStringList tombstones;     ///< codes that are gone; none also upserted
    friend bool operator==(const CatalogueKindChanges &, const CatalogueKindChanges &) = default;
};

/** One change set: from sequence @c from (0: a full snapshot, no tombstones) to @c seq. */
struct CatalogueChangeSet
{
    qint64 from = 0; ///< the kiosk's sequence it applies to; 0 = replace everything
    qint64 seq = 0;  ///< the sequence after it, > from
    QString version; ///< the catalogue header's version (free text)
    bool sample = true;
    CatalogueKindChanges departments, points, items;
    friend bool operator==(const CatalogueChangeSet &, const CatalogueChangeSet &) = default;
};

/** The 200 body: the change-set text exactly as signed, and the raw signature. */
struct SignedCatalogueChanges
{
    QByteArray changes;   ///< compact JSON text of a CatalogueChangeSet (UTF-8)
    QByteArray signature; ///< raw (base64 on the wire); Ed25519 or SM2 by central's receipt key
    friend bool operator==(const SignedCatalogueChanges &,
                           const SignedCatalogueChanges &) = default;
};

/** The change-set text (compact JSON) as central signs and sends it. */
QByteArray encode(const CatalogueChangeSet &changes);
/** Refuses a text over maxCatalogueText, more than maxCatalogueEntries per list, seq <= from,
 *  tombstones in a snapshot, repeated codes, and non-finite numbers or nesting deeper than 16. */
Result<CatalogueChangeSet> decodeCatalogueChangeSet(QByteArrayView text);

QByteArray encode(const SignedCatalogueChanges &body);
/** The 200 body: checks its shape and sizes only (verify the signature with openCatalogueChanges).
 */
Result<SignedCatalogueChanges> decodeCatalogueChanges(QByteArrayView body);

/** catalogueSigningContext followed by @p changesText. */
QByteArray catalogueSigningInput(QByteArrayView changesText);
/** Encodes @p changes and signs the text with central's receipt key (private). */
Result<SignedCatalogueChanges> signCatalogueChanges(const Key &receiptKey,
                                                    const CatalogueChangeSet &changes);
/**
 * Decodes a 200 body, verifies its signature with central's receipt key and only then decodes the
 * change set. Error::Corrupt when the signature does not verify; Error::Invalid for a malformed
 * body or change set.
 */
Result<CatalogueChangeSet> openCatalogueChanges(const Key &receiptKey, QByteArrayView body);

} // namespace jiujin::protocol
