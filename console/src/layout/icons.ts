// Only the icons the menu uses (tree-shaken), by name.
import {
  DataLine, Document, FullScreen, Headset, Medal, Microphone, Monitor, Odometer, OfficeBuilding, Phone, PhoneFilled, Share,
  Tickets, User,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const MENU_ICONS: Record<string, Component> = {
  DataLine, Document, FullScreen, Headset, Medal, Microphone, Monitor, Odometer, OfficeBuilding, Phone, PhoneFilled, Share,
  Tickets, User,
}
