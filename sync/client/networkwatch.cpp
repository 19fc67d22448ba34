#include "networkwatch.h"

#include "syncclient.h"

#include <QSocketNotifier>

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace jiujin {

NetworkWatch::NetworkWatch(QObject *parent) : QObject(parent) {}

NetworkWatch::~NetworkWatch()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool NetworkWatch::start()
{
    m_fd = ::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_ROUTE);
    if (m_fd < 0) {
        qCWarning(lcSync) << "no network change events (netlink):" << strerror(errno);
        return false;
    }
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = RTMGRP_LINK | RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR | RTMGRP_IPV4_ROUTE |
                        RTMGRP_IPV6_ROUTE;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        qCWarning(lcSync) << "no network change events (netlink bind):" << strerror(errno);
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NetworkWatch::readMessages);
    return true;
}

void NetworkWatch::readMessages()
{
    // Read everything queued so a burst (a link with its addresses and routes) is one signal.
    alignas(nlmsghdr) char buffer[8192];
    bool up = false;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            break; // EAGAIN: drained (ENOBUFS after an overflow only means we missed some)
        int left = int(n);
        for (auto *h = reinterpret_cast<nlmsghdr *>(buffer); NLMSG_OK(h, left);
             h = NLMSG_NEXT(h, left)) {
            if (h->nlmsg_type == RTM_NEWADDR || h->nlmsg_type == RTM_NEWROUTE) {
                up = true;
            } else if (h->nlmsg_type == RTM_NEWLINK &&
                       h->nlmsg_len >= NLMSG_LENGTH(sizeof(ifinfomsg))) {
                const auto *link = static_cast<const ifinfomsg *>(NLMSG_DATA(h));
                up = up || (link->ifi_flags & IFF_RUNNING);
            }
        }
    }
    if (up)
        Q_EMIT cameUp();
}

} // namespace jiujin
