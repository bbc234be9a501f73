// Only the icons the menu uses (tree-shaken), by name.
import {
  DataLine, FullScreen, Headset, Medal, Microphone, Monitor, OfficeBuilding, Phone, PhoneFilled, Share, Tickets, User,
  Warning,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const MENU_ICONS: Record<string, Component> = {
  DataLine, FullScreen, Headset, Medal, Microphone, Monitor, OfficeBuilding, Phone, PhoneFilled, Share, Tickets, User,
  Warning,
}
