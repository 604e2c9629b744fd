/*
 * Session files as trees, for comparing two or three versions of one
 * session (store-merge.c, store-diff.c). Each version is loaded through
 * the store first, so it is valid and its records have ids, and written
 * back as a tree: the walk then needs to know nothing of the schema and
 * settings that this version does not know merge and compare as known
 * ones do. Records of a list are matched by their key: the setting
 * tree_key_name() names for the list, when every record has it as text.
 */
#ifndef B2C_STORE_TREE_H
#define B2C_STORE_TREE_H

#include "store-private.h"

/* The session into cfg, which the caller has config_init()'ed (and
 * config_destroy()s); -1 and *cause. */
int	tree_from_session(const struct session *, config_t *, char **cause);
/* The session a tree holds, read and checked as a file would be. */
int	tree_to_session(config_t *, const char *name, struct session **out,
	    char **cause);
/* True when a and b hold the same values (NULL only equals NULL). */
bool	tree_same(const config_setting_t *a, const config_setting_t *b);
/* Copies src as a new child of parent (name ignored in lists/arrays). */
config_setting_t *tree_copy(config_setting_t *parent, const char *name,
	    const config_setting_t *src);
/* A value as text: texts themselves, numbers, true/false, and groups,
 * lists and arrays as libconfig text. "" for NULL. Allocated. */
char	*tree_text(const config_setting_t *);
/* The setting that identifies a record of the list called name. */
const char *tree_key_name(const char *list);
/* True when list is a list of groups that all have a text key. */
bool	tree_keyed(const config_setting_t *list);
/* The key of record elem of list, or NULL. */
const char *tree_key(const config_setting_t *list,
	    const config_setting_t *elem);
/* The record of list with key, or NULL (list may be NULL). */
const config_setting_t *tree_find(const config_setting_t *list,
	    const char *key);
/* The member of group called name, or NULL (group may be NULL or not a
 * group). */
const config_setting_t *tree_member(const config_setting_t *group,
	    const char *name);

#endif
