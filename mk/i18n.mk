# (i18n) sources, tests and data of this area
libb2ccli_a_SOURCES += src/cli/cmd-new.c

# The language of the interface and the user's settings.
libb2ccore_a_SOURCES += src/core/model/lang.c src/core/model/lang-locale.c \
	src/core/model/settings.c src/core/store/store-settings.c
noinst_HEADERS += include/b2c/lang.h include/b2c/settings.h

# Message catalogues: po/update-da.sh rebuilds POTFILES.in and da.po from
# the parts each area writes. Tests find the Danish catalogue in the build
# tree through B2C_LOCALEDIR.
EXTRA_DIST += po/update-da.sh po/parts/i18n.po po/parts/i18n.files \
	po/parts/i18n-others.po
# po/update-da.sh needs every area's part in a release too (automake
# distributes a file listed twice once).
EXTRA_DIST += po/parts/guide.po po/parts/guide.files \
	po/parts/report.po po/parts/report.files \
	po/parts/stats.po po/parts/stats.files \
	po/parts/store.po po/parts/store.files \
	po/parts/tui.po po/parts/tui.files \
	po/parts/import.po po/parts/import.files \
	po/parts/safety.po po/parts/safety.files \
	po/parts/merge.po po/parts/merge.files
check_DATA += tests/locale/da/LC_MESSAGES/$(PACKAGE).mo
tests/locale/da/LC_MESSAGES/$(PACKAGE).mo: $(top_srcdir)/po/da.po
	$(AM_V_GEN)$(MKDIR_P) tests/locale/da/LC_MESSAGES && \
	$(MSGFMT) -c -o $@ $(top_srcdir)/po/da.po
CLEANFILES += tests/locale/da/LC_MESSAGES/$(PACKAGE).mo
# Tests compare English output unless they ask for Danish (LANGUAGE=da or
# --lang da), whatever the locale of the machine running them.
AM_TESTS_ENVIRONMENT += \
	B2C_LOCALEDIR='$(abs_top_builddir)/tests/locale'; export B2C_LOCALEDIR; \
	LANGUAGE=en; export LANGUAGE;

check_PROGRAMS += tests/unit/test-lang tests/unit/test-settings
TESTS += tests/unit/test-lang tests/unit/test-settings
tests_unit_test_lang_SOURCES = tests/unit/test-lang.c
tests_unit_test_lang_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_lang_LDADD = $(UNIT_LIBS)
tests_unit_test_settings_SOURCES = tests/unit/test-settings.c src/cli/paths.c
tests_unit_test_settings_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_settings_LDADD = $(UNIT_LIBS)

TESTS += tests/i18n/lang.sh tests/i18n/da-complete.sh
EXTRA_DIST += tests/i18n/lang.sh tests/i18n/da-complete.sh

# The manual and the bash completion.
dist_man_MANS += man/b2c.1
dist_bashcompletion_DATA += share/bash-completion/b2c
TESTS += tests/i18n/man-lint.sh tests/i18n/completion.sh
EXTRA_DIST += tests/i18n/man-lint.sh tests/i18n/completion.sh

# gettext's po/Makefile builds da.gmo against po/b2c.pot but makes the
# template only when it is missing, so in a working tree a message added
# after the first build would be left out of the installed catalogue.
# Refresh both whenever a source or the translation changes.
po/refresh.stamp: $(b2c_SOURCES) $(b2c_wizard_SOURCES) $(libb2ccli_a_SOURCES) $(libb2ccore_a_SOURCES) \
	$(libb2ctui_a_SOURCES) $(top_srcdir)/po/POTFILES.in \
	$(top_srcdir)/po/da.po
	$(AM_V_GEN)(cd po && $(MAKE) $(AM_MAKEFLAGS) $(PACKAGE).pot-update \
		update-gmo) >po/refresh.log 2>&1 || \
		{ cat po/refresh.log; exit 1; }; touch $@
all-local: po/refresh.stamp
CLEANFILES += po/refresh.stamp po/refresh.log
TESTS += tests/i18n/install.sh
EXTRA_DIST += tests/i18n/install.sh

# Templates for `b2c new'.
dist_templates_DATA += share/b2c/templates/large.cfg \
	share/b2c/templates/small.cfg
TESTS += tests/i18n/new.sh
EXTRA_DIST += tests/i18n/new.sh
TESTS += tests/i18n/update-da.sh
EXTRA_DIST += tests/i18n/update-da.sh
TESTS += tests/i18n/ui-danish.sh
EXTRA_DIST += tests/i18n/ui-danish.sh
