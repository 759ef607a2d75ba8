/*
 * The menu bar opens a submenu when the pointer rests on its top item; PrimeFaces then closes it
 * again when that item is clicked, which is what people do next. A click on a top item opens its
 * submenu, or keeps it open.
 */
(function () {
    var Menubar = PrimeFaces.widget.Menubar;
    var bindHoverModeEvents = Menubar.prototype.bindHoverModeEvents;
    Menubar.prototype.bindHoverModeEvents = function () {
        bindHoverModeEvents.call(this);
        var menu = this;
        this.rootLinks.off('click.tieredHover').on('click.tieredHover', function () {
            var item = $(this).parent();
            var submenu = item.children('ul.ui-menu-child');
            menu.itemClick = true;
            if (submenu.length === 1) {
                menu.active = true;
                menu.highlight(item);
                if (!submenu.is(':visible')) {
                    menu.showSubmenu(item, submenu);
                }
            }
        });
    };
})();
