#include "materialchoicemodel.h"

#include "cataloguebundle.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jiujin {

MaterialChoiceModel::MaterialChoiceModel(std::function<QString()> language, QObject *parent)
    : QAbstractListModel(parent), m_language(std::move(language))
{
}

int MaterialChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant MaterialChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QJsonObject m = m_materials.at(index.row()).toObject();
    const MaterialEntry &e = m_entries.at(index.row());
    switch (role) {
    case NameRole:
        return textIn(m.value(QLatin1String("name")), m_language());
    case NoteRole:
        return textIn(m.value(QLatin1String("note")), m_language());
    case FormRole: {
        const QString kind = m.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("original"))
            return QCoreApplication::translate("jiujin::FormModel", "原件");
        if (kind == QLatin1String("copy"))
            return QCoreApplication::translate("jiujin::FormModel", "复印件");
        if (kind == QLatin1String("original_and_copy"))
            return QCoreApplication::translate("jiujin::FormModel", "原件及复印件");
        return QCoreApplication::translate("jiujin::FormModel", "电子证照");
    }
    case RequiredRole:
        return m.value(QLatin1String("required")).toBool();
    case AllowsToFollowRole:
        return m.value(QLatin1String("rongque")).toBool();
    case AllowsCommitmentRole:
        return m.value(QLatin1String("commitment")).toBool();
    case ECertificateRole:
        return m.value(QLatin1String("kind")).toString() == QLatin1String("e_certificate");
    case ChoiceRole:
        return MaterialEntry::kindName(e.kind);
    case PicturesRole:
        return int(e.images.size());
    case ErrorRole:
        return m_errors.at(index.row());
    }
    return {};
}

QHash<int, QByteArray> MaterialChoiceModel::roleNames() const
{
    return {{NameRole, "name"},
            {NoteRole, "note"},
            {FormRole, "form"},
            {RequiredRole, "required"},
            {AllowsToFollowRole, "allowsToFollow"},
            {AllowsCommitmentRole, "allowsCommitment"},
            {ECertificateRole, "eCertificate"},
            {ChoiceRole, "choice"},
            {PicturesRole, "pictures"},
            {ErrorRole, "error"}};
}

void MaterialChoiceModel::reset(const QJsonArray &materials)
{
    beginResetModel();
    wipe();
    m_materials = materials;
    for (int i = 0; i < materials.size(); ++i) {
        MaterialEntry e;
        e.index = i;
        m_entries.append(e);
        m_errors.append(QString());
    }
    endResetModel();
    Q_EMIT completeChanged();
}

void MaterialChoiceModel::changed(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT completeChanged();
}

void MaterialChoiceModel::markToFollow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    if (!m_materials.at(row).toObject().value(QLatin1String("rongque")).toBool()) {
        m_errors[row] = QCoreApplication::translate("jiujin::SubmissionService",
                                                    "这份材料不能容缺后补，今天需要提供");
        changed(row);
        return;
    }
    m_entries[row].kind = MaterialEntry::Kind::ToFollow;
    m_errors[row].clear();
    changed(row);
}

void MaterialChoiceModel::markCommitted(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    if (!m_materials.at(row).toObject().value(QLatin1String("commitment")).toBool()) {
        m_errors[row] =
            QCoreApplication::translate("jiujin::SubmissionService", "这份材料不能用告知承诺代替");
        changed(row);
        return;
    }
    m_entries[row].kind = MaterialEntry::Kind::Committed;
    m_errors[row].clear();
    changed(row);
}

void MaterialChoiceModel::clearChoice(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    MaterialEntry &e = m_entries[row];
    for (auto &image : e.images)
        image.first.fill('\0');
    e.images.clear();
    e.certificate.fill(QChar(0));
    e.certificate.clear();
    e.kind = MaterialEntry::Kind::None;
    m_errors[row].clear();
    if (m_waiting == row)
        waitForCertificate(-1);
    changed(row);
}

void MaterialChoiceModel::waitForCertificate(int row)
{
    if (row >= m_entries.size() || row == m_waiting)
        return;
    m_waiting = row < 0 ? -1 : row;
    Q_EMIT waitingRowChanged();
}

void MaterialChoiceModel::addPicture(int row, const QByteArray &bytes, const QString &mimeType)
{
    if (row < 0 || row >= m_entries.size())
        return;
    // What one application may carry: central takes at most 64 attachments of 16 MiB, and a
    // record must stay small enough to reach it over a rural link. Beyond that, the papers go to
    // the counter.
    qsizetype count = 0, total = 0;
    for (const MaterialEntry &other : std::as_const(m_entries)) {
        if (other.kind != MaterialEntry::Kind::Attached)
            continue;
        count += other.images.size();
        for (const auto &image : other.images)
            total += image.first.size();
    }
    if (bytes.size() > maxPictureBytes || count + 1 > maxPictures ||
        total + bytes.size() > maxPicturesTotalBytes) {
        m_errors[row] =
            QCoreApplication::translate("jiujin::MaterialChoiceModel",
                                        "一份申请最多附 %1 张图片（共 %2 MB "
                                        "以内），这张没有附上。其余材料请交给窗口工作人员。")
                .arg(maxPictures)
                .arg(maxPicturesTotalBytes / (1024 * 1024));
        changed(row);
        return;
    }
    MaterialEntry &e = m_entries[row];
    if (e.kind != MaterialEntry::Kind::Attached) {
        e.images.clear();
        e.kind = MaterialEntry::Kind::Attached;
    }
    e.images.append({bytes, mimeType});
    m_errors[row].clear();
    changed(row);
}

void MaterialChoiceModel::certificateScanned(const QString &text)
{
    if (m_waiting < 0 || text.trimmed().isEmpty())
        return;
    const int row = m_waiting;
    MaterialEntry &e = m_entries[row];
    e.images.clear();
    e.kind = MaterialEntry::Kind::ECertificate;
    e.certificate = text.trimmed();
    m_errors[row].clear();
    waitForCertificate(-1);
    changed(row);
}

void MaterialChoiceModel::setErrors(const QHash<QString, QString> &problems)
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_errors[i] = problems.value(QStringLiteral("material.%1").arg(i));
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {ErrorRole});
    Q_EMIT completeChanged();
}

bool MaterialChoiceModel::complete() const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).kind == MaterialEntry::Kind::None &&
            m_materials.at(i).toObject().value(QLatin1String("required")).toBool())
            return false;
    return true;
}

void MaterialChoiceModel::fill(Application &app) const
{
    for (const MaterialEntry &e : m_entries)
        if (e.kind != MaterialEntry::Kind::None)
            app.materials.append(e);
}

void MaterialChoiceModel::wipe()
{
    for (int i = 0; i < m_entries.size(); ++i) {
        for (auto &image : m_entries[i].images)
            image.first.fill('\0');
        m_entries[i].certificate.fill(QChar(0));
    }
    m_entries.clear();
    m_errors.clear();
    m_waiting = -1;
}

void MaterialChoiceModel::retranslate()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

} // namespace jiujin
