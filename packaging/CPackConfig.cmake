# Debian packages (cpack -G DEB from a build tree): jiujin-kiosk, jiujin-syncd (+ jiujinctl),
# jiujin-gateway. The executables' own CMakeLists install them into the components kiosk, syncd
# and gateway; this file installs the rest (units, session, config, catalogue, docs, maintainer
# scripts) and sets up CPack. `cpack -R VERSION` overrides the version (the upgrade test).
set(jiujin_pkg ${CMAKE_CURRENT_LIST_DIR})

# qt_standard_project_setup() gives every target an install RPATH of $ORIGIN/../lib; ours link
# only Debian's libraries, and a RUNPATH in /usr/bin is a lintian error.
set_target_properties(jiujin-kiosk jiujinctl jiujin-syncd jiujin-gateway jiujin_audioplugin PROPERTIES INSTALL_RPATH "")
set(jiujin_units /lib/systemd/system)

install(FILES ${jiujin_pkg}/systemd/jiujin-syncd.service DESTINATION ${jiujin_units} COMPONENT syncd)
install(FILES ${jiujin_pkg}/config/jiujin.conf DESTINATION /etc/jiujin COMPONENT syncd)
install(FILES ${jiujin_pkg}/systemd/jiujin-kiosk.service DESTINATION ${jiujin_units} COMPONENT kiosk)
install(PROGRAMS ${jiujin_pkg}/session/jiujin-kiosk-session ${jiujin_pkg}/session/jiujin-backlight
        DESTINATION libexec/jiujin COMPONENT kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/db/seed/catalogue.json DESTINATION share/jiujin COMPONENT kiosk)
install(FILES ${jiujin_pkg}/systemd/jiujin-gateway.service DESTINATION ${jiujin_units} COMPONENT gateway)
install(FILES ${jiujin_pkg}/gateway/jiujin-gateway.default DESTINATION /etc/default
        RENAME jiujin-gateway COMPONENT gateway)
install(FILES ${CMAKE_SOURCE_DIR}/db/seed/catalogue.json DESTINATION share/jiujin-gateway COMPONENT gateway)
# A province's one front for several instances (docs/DEPLOY-province.md): a sample, and its
# active health check.
install(FILES ${jiujin_pkg}/gateway/nginx-province.conf
        DESTINATION share/doc/jiujin-gateway/examples COMPONENT gateway)
install(PROGRAMS ${jiujin_pkg}/gateway/jiujin-front-health
        DESTINATION share/doc/jiujin-gateway/examples COMPONENT gateway)

# Debian wants a copyright file and a changelog (gzip -n: no timestamp) in each package's doc folder.
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
configure_file(${jiujin_pkg}/debian/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog @ONLY)
execute_process(COMMAND gzip -n -9 -c ${CMAKE_BINARY_DIR}/packaging/changelog
    OUTPUT_FILE ${CMAKE_BINARY_DIR}/packaging/changelog.gz COMMAND_ERROR_IS_FATAL ANY)
foreach(component kiosk syncd gateway)
  install(FILES ${jiujin_pkg}/debian/copyright ${jiujin_pkg}/debian/README.Debian
          ${CMAKE_BINARY_DIR}/packaging/changelog.gz
          DESTINATION share/doc/jiujin-${component} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jiujin)
set(CPACK_PACKAGE_VENDOR "JiuJin")
set(CPACK_PACKAGE_CONTACT "JiuJin maintainers <jiujin@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "JiuJin self-service kiosk for government services")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk syncd gateway)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(jiujin_helpers "adduser, init-system-helpers (>= 1.54~)")
set(CPACK_DEBIAN_SYNCD_PACKAGE_NAME jiujin-syncd)
set(CPACK_DEBIAN_SYNCD_PACKAGE_DEPENDS "${jiujin_helpers}")
set(CPACK_COMPONENT_SYNCD_DESCRIPTION "JiuJin kiosk sync daemon and technician tool
 jiujin-syncd delivers the applications a JiuJin kiosk queued to the central
 government platform over mutually authenticated TLS, and brings back receipts
 and the catalogue. jiujinctl sets up, enrolls and checks a kiosk.")
set(CPACK_DEBIAN_SYNCD_PACKAGE_CONTROL_EXTRA
    "${jiujin_pkg}/debian/jiujin-syncd/postinst;${jiujin_pkg}/debian/jiujin-syncd/prerm;${jiujin_pkg}/debian/jiujin-syncd/postrm;${jiujin_pkg}/debian/jiujin-syncd/conffiles")

# The UI's QML module is linked into jiujin-kiosk; the Qt QML runtime it imports (QtQuick,
# QtQuick.Layouts, Window, QtQml and what QtQml imports) comes from these packages.
# libespeak-ng1 and libcups2 are opened on first use (voice, printing), so dpkg-shlibdeps does
# not see them: they are named here. libasound2 (the audio plugin's ALSA) is named too: voice
# guidance plays on ALSA directly, with no PulseAudio or PipeWire server. libssl3 (libcrypto)
# and libqrencode4 are opened on their first call on x86-64 (DESIGN §9c), so they are named too.
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME jiujin-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "${jiujin_helpers}, qml6-module-qtquick, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qt6-wayland, libgl1-mesa-dri, fonts-noto-cjk, fonts-noto-core, fonts-dejavu-core, cage, swayidle, libpam-systemd, libespeak-ng1, espeak-ng-data, libasound2, libcups2, libssl3, libqrencode4")
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "JiuJin self-service kiosk (就近办) touch-screen UI
 The citizen-facing kiosk of Naiman Banner's service points: browse and search
 government service items, read guides, apply and book. Runs in a locked
 single-application Wayland session (cage) on tty1.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${jiujin_pkg}/debian/jiujin-kiosk/postinst;${jiujin_pkg}/debian/jiujin-kiosk/prerm;${jiujin_pkg}/debian/jiujin-kiosk/postrm")

set(CPACK_DEBIAN_GATEWAY_PACKAGE_NAME jiujin-gateway)
# nginx: `jiujin-gateway serve` runs it as its public listener (TLS, client certificates, limits).
# liboath0: operators' TOTP codes (RFC 6238). libpq5: central on PostgreSQL (--database
# postgresql://...); the server itself is the operator's (SQLite stays the default).
# The shared libraries come from dpkg-shlibdeps: Qt Core, SQLite, OpenSSL, cpp-httplib, liboath,
# libpq, and no GUI, printing, QR, speech or ICU package (common/ links Qt Core only;
# gateway-links and packaging-contents check it).
set(CPACK_DEBIAN_GATEWAY_PACKAGE_DEPENDS "${jiujin_helpers}, nginx, liboath0, libpq5")
set(CPACK_COMPONENT_GATEWAY_DESCRIPTION "JiuJin reference central platform for a pilot
 jiujin-gateway enrolls kiosks, receives their sealed applications exactly once
 and hands out the signed catalogue: the reference implementation of the
 central side of the JiuJin sync protocol.")
set(CPACK_DEBIAN_GATEWAY_PACKAGE_CONTROL_EXTRA
    "${jiujin_pkg}/debian/jiujin-gateway/postinst;${jiujin_pkg}/debian/jiujin-gateway/prerm;${jiujin_pkg}/debian/jiujin-gateway/postrm;${jiujin_pkg}/debian/jiujin-gateway/conffiles")

# Read by cpack itself, so that the kiosk depends on the jiujin-syncd of its own version, also
# under `cpack -R VERSION`.
set(CPACK_PROJECT_CONFIG_FILE ${jiujin_pkg}/CPackProjectConfig.cmake)
include(CPack)
