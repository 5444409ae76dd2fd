// A short application menu. Roles give each item its platform's label,
// shortcut and behaviour; the Edit menu is what makes copy and select-all
// shortcuts work on macOS.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildAppMenu(options: { isDevelopment: boolean; isMac: boolean }): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [{ role: options.isMac ? 'close' : 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // Reloading drops the reader's place; only worth it while developing.
        ...(options.isDevelopment
          ? [{ role: 'reload' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  return Menu.buildFromTemplate(template);
}
