import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import TextDiff from '@/components/TextDiff.vue'
import { diffLines, lines, sideBySide } from '@/utils/diff'

describe('diff', () => {
  it('splits Chinese paragraphs at sentence ends', () => {
    expect(lines('共享单车须停入电子围栏。乱停放将被清运！\n第二段')).toEqual(['共享单车须停入电子围栏。', '乱停放将被清运！', '第二段'])
  })

  it('keeps common lines and marks what was removed and added', () => {
    expect(diffLines(['甲', '乙', '丙'], ['甲', '丁', '丙', '戊'])).toEqual([
      { kind: 'same', text: '甲' }, { kind: 'removed', text: '乙' }, { kind: 'added', text: '丁' },
      { kind: 'same', text: '丙' }, { kind: 'added', text: '戊' }])
  })

  it('pairs a replaced sentence into one changed row', () => {
    const rows = sideBySide('办理地点：区政务中心。需带身份证。', '办理地点：区政务中心。需带身份证和户口本。')
    expect(rows).toEqual([
      { left: '办理地点：区政务中心。', right: '办理地点：区政务中心。', kind: 'same' },
      { left: '需带身份证。', right: '需带身份证和户口本。', kind: 'changed' }])
  })
})

describe('TextDiff', () => {
  it('shows both versions side by side and counts the changes', () => {
    const w = mount(TextDiff, { props: { left: '第一句。第二句。', right: '第一句。第二句改了。第三句。',
      leftTitle: '已发布（第 2 版）', rightTitle: '待审核草稿' } })
    expect(w.text()).toContain('已发布（第 2 版）')
    expect(w.find('[data-testid="diff-count"]').text()).toBe('2 处改动')
    const kinds = w.findAll('.row').map((r) => r.attributes('data-kind'))
    expect(kinds).toEqual(['same', 'changed', 'added'])
    expect(w.findAll('.row')[1].find('.left').text()).toBe('第二句。')
    expect(w.findAll('.row')[1].find('.right').text()).toBe('第二句改了。')
  })

  it('says when the texts are the same', () => {
    const w = mount(TextDiff, { props: { left: '相同。', right: '相同。', leftTitle: '左', rightTitle: '右' } })
    expect(w.find('[data-testid="diff-count"]').text()).toBe('内容相同')
  })
})

describe('diffCatalogue', () => {
  const e = (id: string, lead: string, keywords: string[] = []) => ({ id, categoryId: 'SZ02', categoryName: '路灯照明',
    lead, assists: [], keywords })
  it('names added, removed and changed entries with the fields that changed', async () => {
    const { diffCatalogue } = await import('@/utils/diff')
    const changes = diffCatalogue([e('a', 'STR_QH'), e('b', 'BUR_CITY')], [e('a', 'STR_XSQ', ['路灯']), e('c', 'ENT_POWER')])
    expect(changes.map((c) => [c.id, c.kind, c.fields])).toEqual([
      ['a', 'changed', ['主办单位', '关键词']], ['b', 'removed', []], ['c', 'added', []]])
  })
})
