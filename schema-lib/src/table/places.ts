/**
 * The names by which a recommender's own name tells its kind: the province-level regions (with 兵团, the Xinjiang
 * Production and Construction Corps), the five 计划单列市 and the fifteen 副省级城市 — as notices name them — and the
 * words that mark a government department (工业和信息化厅, 经信局 …) rather than an enterprise or an institute.
 */
export const PROVINCE_LEVEL_PLACES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
  '兵团',
] as const;

export const PLANNED_CITIES = ['大连', '青岛', '宁波', '厦门', '深圳'] as const;

export const SUB_PROVINCIAL_CITIES = [
  '哈尔滨',
  '长春',
  '沈阳',
  '大连',
  '济南',
  '青岛',
  '南京',
  '杭州',
  '宁波',
  '厦门',
  '广州',
  '深圳',
  '武汉',
  '成都',
  '西安',
] as const;

export const GOVERNMENT_MARKERS = [
  '工业和信息化',
  '经济和信息化',
  '经济与信息化',
  '经济信息化',
  '工信',
  '经信',
  '人民政府',
  '主管部门',
  '厅',
  '局',
  '委员会',
  '委',
] as const;
